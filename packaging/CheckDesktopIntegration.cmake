# SPDX-License-Identifier: GPL-3.0-or-later
# ctest "packaging_desktop_integration": the desktop entry passes desktop-file-validate, the AppStream metainfo passes
# `appstreamcli validate --no-net`, the MIME type is well-formed XML with the IsoAudit magic, and the man page
# describes every command `isoaudit-cli --help` lists. Run as
#   cmake -DPACKAGING_DIR=... -DCLI=... -DDESKTOP_FILE_VALIDATE=... -DAPPSTREAMCLI=... -P CheckDesktopIntegration.cmake
set(failures "")
foreach(tool DESKTOP_FILE_VALIDATE APPSTREAMCLI)
    if(NOT EXISTS "${${tool}}")
        message(FATAL_ERROR "${tool} not found: install desktop-file-utils and appstream (scripts/install-deps.sh)")
    endif()
endforeach()

execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${PACKAGING_DIR}/linux/org.isoaudit.IsoAudit.desktop
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
    string(APPEND failures "desktop-file-validate rejects org.isoaudit.IsoAudit.desktop:\n${out}\n")
endif()

execute_process(COMMAND ${APPSTREAMCLI} validate --no-net ${PACKAGING_DIR}/linux/org.isoaudit.IsoAudit.metainfo.xml
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    string(APPEND failures "appstreamcli validate rejects org.isoaudit.IsoAudit.metainfo.xml:\n${out}\n")
endif()

file(READ ${PACKAGING_DIR}/linux/isoaudit-mime.xml mime)
if(NOT mime MATCHES "<mime-type type=\"application/x-isoaudit\">"
   OR NOT mime MATCHES "<glob pattern=\"\\*\\.isoaudit\"/>"
   OR NOT mime MATCHES "type=\"big32\" value=\"0x49534155\" offset=\"68\"")
    string(APPEND failures "isoaudit-mime.xml lacks the type, the *.isoaudit glob or the application_id magic\n")
endif()

execute_process(COMMAND ${CLI} --help RESULT_VARIABLE rc OUTPUT_VARIABLE help ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    string(APPEND failures "isoaudit-cli --help failed: ${err}\n")
endif()
file(READ ${PACKAGING_DIR}/man/isoaudit-cli.1 man)
string(REGEX MATCHALL "\n  [a-z][a-z-]*" commandLines "${help}")
list(LENGTH commandLines commandCount)
if(commandCount LESS 10)
    string(APPEND failures "isoaudit-cli --help listed only ${commandCount} commands:\n${help}\n")
endif()
foreach(line IN LISTS commandLines)
    string(STRIP "${line}" command)
    string(REPLACE "-" "\\\\-" manName "${command}") # groff writes a literal hyphen as \-
    if(NOT man MATCHES "\n\\.B[IR]? \"?${manName}[ \"\n]")
        string(APPEND failures "packaging/man/isoaudit-cli.1 does not describe the command \"${command}\"\n")
    endif()
endforeach()

if(NOT failures STREQUAL "")
    message(FATAL_ERROR "${failures}")
endif()
message(STATUS "desktop entry, metainfo, MIME type and the man page's ${commandCount} commands: ok")
