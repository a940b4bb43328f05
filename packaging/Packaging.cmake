# SPDX-License-Identifier: GPL-3.0-or-later
# Install rules for the desktop integration (desktop entry, AppStream metainfo, icons, MIME type, man pages) and the
# CPack configuration: DEB on Linux, WiX MSI on Windows, DragNDrop/Bundle on macOS. See packaging/README.md.
# Included once from the top-level CMakeLists.txt after the targets exist.
include(GNUInstallDirs)

set(ISOAUDIT_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(ISOAUDIT_APP_ID org.isoaudit.IsoAudit)
set(ISOAUDIT_ICON_SIZES 16 22 24 32 48 64 128 256 512)

# The PNG icons are committed (rendered from packaging/icons/isoaudit.svg); `--target isoaudit-icons` re-renders them
# after the SVG changed, with rsvg-convert (librsvg2-bin) or else ImageMagick.
find_program(ISOAUDIT_RSVG_CONVERT rsvg-convert)
find_program(ISOAUDIT_MAGICK_CONVERT NAMES magick convert)
if(ISOAUDIT_RSVG_CONVERT OR ISOAUDIT_MAGICK_CONVERT)
    set(renderCommands)
    foreach(size IN LISTS ISOAUDIT_ICON_SIZES)
        set(png ${ISOAUDIT_PACKAGING_DIR}/icons/isoaudit-${size}.png)
        if(ISOAUDIT_RSVG_CONVERT)
            list(APPEND renderCommands COMMAND ${ISOAUDIT_RSVG_CONVERT} -w ${size} -h ${size}
                 ${ISOAUDIT_PACKAGING_DIR}/icons/isoaudit.svg -o ${png})
        else()
            list(APPEND renderCommands COMMAND ${ISOAUDIT_MAGICK_CONVERT} -background none -density 300
                 ${ISOAUDIT_PACKAGING_DIR}/icons/isoaudit.svg -resize ${size}x${size} ${png})
        endif()
    endforeach()
    add_custom_target(isoaudit-icons ${renderCommands} COMMENT "Rendering the hicolor PNG icons from isoaudit.svg")
endif()

if(UNIX AND NOT APPLE)
    # Full RELRO for the packaged executables (lintian: hardening-no-bindnow); Debian's gcc already gives partial RELRO.
    target_link_options(isoaudit PRIVATE LINKER:-z,now)
    target_link_options(isoaudit-cli PRIVATE LINKER:-z,now)
    install(FILES ${ISOAUDIT_PACKAGING_DIR}/linux/${ISOAUDIT_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${ISOAUDIT_PACKAGING_DIR}/linux/${ISOAUDIT_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${ISOAUDIT_PACKAGING_DIR}/linux/isoaudit-mime.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME isoaudit.xml)
    foreach(size IN LISTS ISOAUDIT_ICON_SIZES)
        install(FILES ${ISOAUDIT_PACKAGING_DIR}/icons/isoaudit-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME isoaudit.png)
    endforeach()
    install(FILES ${ISOAUDIT_PACKAGING_DIR}/icons/isoaudit.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # The file manager's icon for .isoaudit files (the MIME type's default icon name).
    install(FILES ${ISOAUDIT_PACKAGING_DIR}/icons/isoaudit.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/mimetypes RENAME application-x-isoaudit.svg)

    # Man pages and the Debian changelog, compressed with gzip -9n (no timestamp) as Debian policy asks.
    find_program(ISOAUDIT_GZIP gzip)
    if(ISOAUDIT_GZIP)
        set(gzDir ${CMAKE_BINARY_DIR}/packaging)
        file(MAKE_DIRECTORY ${gzDir})
        set(gzFiles)
        foreach(source man/isoaudit.1 man/isoaudit-cli.1 linux/changelog)
            get_filename_component(name ${source} NAME)
            set(gz ${gzDir}/${name}.gz)
            add_custom_command(OUTPUT ${gz} COMMAND ${ISOAUDIT_GZIP} -9nc ${ISOAUDIT_PACKAGING_DIR}/${source} > ${gz}
                               DEPENDS ${ISOAUDIT_PACKAGING_DIR}/${source} VERBATIM)
            list(APPEND gzFiles ${gz})
        endforeach()
        add_custom_target(isoaudit-packaging-files ALL DEPENDS ${gzFiles})
        install(FILES ${gzDir}/isoaudit.1.gz ${gzDir}/isoaudit-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        install(FILES ${gzDir}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/isoaudit RENAME changelog.Debian.gz)
    else()
        install(FILES ${ISOAUDIT_PACKAGING_DIR}/man/isoaudit.1 ${ISOAUDIT_PACKAGING_DIR}/man/isoaudit-cli.1
                DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
    install(FILES ${ISOAUDIT_PACKAGING_DIR}/linux/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/isoaudit)
    # The user guide (also in the application: Help > User Guide) with the pictures its relative links name.
    install(FILES ${CMAKE_SOURCE_DIR}/docs/user-guide.md DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/isoaudit)
    install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/images DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/isoaudit
            FILES_MATCHING PATTERN "*.png")
    install(FILES ${ISOAUDIT_PACKAGING_DIR}/linux/isoaudit.lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME isoaudit)
endif()

# The validators of the desktop entry and the metainfo, and the man page against `isoaudit-cli --help` (< 1 s).
if(ISOAUDIT_BUILD_TESTS AND UNIX AND NOT APPLE)
    find_program(ISOAUDIT_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(ISOAUDIT_APPSTREAMCLI appstreamcli)
    add_test(NAME packaging_desktop_integration
             COMMAND ${CMAKE_COMMAND} -DPACKAGING_DIR=${ISOAUDIT_PACKAGING_DIR} -DCLI=$<TARGET_FILE:isoaudit-cli>
                     -DDESKTOP_FILE_VALIDATE=${ISOAUDIT_DESKTOP_FILE_VALIDATE} -DAPPSTREAMCLI=${ISOAUDIT_APPSTREAMCLI}
                     -P ${ISOAUDIT_PACKAGING_DIR}/CheckDesktopIntegration.cmake)
    # The CLI it runs is sanitized in the ci/asan builds: same options and suppressions as every other test.
    if(ISOAUDIT_SANITIZER_ENV)
        set_tests_properties(packaging_desktop_integration PROPERTIES ENVIRONMENT "${ISOAUDIT_SANITIZER_ENV}")
    endif()
endif()

# ---- CPack ---------------------------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME isoaudit)
set(CPACK_PACKAGE_VENDOR "The IsoAudit developers")
set(CPACK_PACKAGE_CONTACT "The IsoAudit developers <maintainers@isoaudit.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for ISO/IEC 27001 lead auditors")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://isoaudit.org/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY IsoAudit)
set(CPACK_PACKAGE_EXECUTABLES isoaudit IsoAudit)
set(CPACK_RESOURCE_FILE_LICENSE ${ISOAUDIT_PACKAGING_DIR}/linux/copyright)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

# Debian/Ubuntu: `cpack -G DEB` in the build directory.
set(CPACK_DEBIAN_PACKAGE_NAME isoaudit)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The IsoAudit developers <maintainers@isoaudit.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps sees the linked libraries only, not the Qt plugins loaded at run time: the QSQLITE driver the audit
# files are opened with, and the xcb/wayland platform plugins of the GUI. The report's fonts are recommended.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, qt6-translations-l10n") # Qt's own buttons and dialogs in da/de/nl/fr
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "IsoAudit takes a lead auditor through an ISO/IEC 27001:2022 certification
audit, from the audit plan to the signed report, entirely offline: clauses
4 to 10, the Statement of Applicability, a risk register with heat map,
interviews, evidence, findings with corrective actions, stage gates, PDF and
HTML reports with CMS signatures and a tamper-evident audit trail.
.
The package contains the desktop application (isoaudit) and the command line
tool for batch use (isoaudit-cli).")

# Windows: `cpack -G WIX` (WiX Toolset 3) builds an MSI; windeployqt must have copied the Qt DLLs next to the
# executables first (see packaging/README.md). Not built here.
if(WIN32)
    set(CPACK_GENERATOR WIX)
    set(CPACK_WIX_UPGRADE_GUID "6B1D3F2E-8C4A-4E57-9B0D-2A7E5C91F4A3")
    set(CPACK_WIX_PRODUCT_ICON ${ISOAUDIT_PACKAGING_DIR}/windows/isoaudit.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER IsoAudit)
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "https://isoaudit.org/")
    set(CPACK_WIX_PATCH_FILE ${ISOAUDIT_PACKAGING_DIR}/windows/file-association.wxs)
    set(CPACK_RESOURCE_FILE_LICENSE ${ISOAUDIT_PACKAGING_DIR}/windows/license.rtf)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY IsoAudit)
    target_sources(isoaudit PRIVATE ${ISOAUDIT_PACKAGING_DIR}/windows/isoaudit.rc)
# macOS: the isoaudit target is a MACOSX_BUNDLE; `cpack -G DragNDrop` wraps IsoAudit.app in a .dmg after
# macdeployqt. Not built here.
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME IsoAudit)
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_BUNDLE_NAME IsoAudit)
    set(CPACK_BUNDLE_ICON ${ISOAUDIT_PACKAGING_DIR}/macos/isoaudit.icns)
    target_sources(isoaudit PRIVATE ${ISOAUDIT_PACKAGING_DIR}/macos/isoaudit.icns)
    set_source_files_properties(${ISOAUDIT_PACKAGING_DIR}/macos/isoaudit.icns TARGET_DIRECTORY isoaudit
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(isoaudit PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${ISOAUDIT_PACKAGING_DIR}/macos/Info.plist
        MACOSX_BUNDLE_GUI_IDENTIFIER ${ISOAUDIT_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
