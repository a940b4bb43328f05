# SPDX-License-Identifier: GPL-3.0-or-later
# isoaudit_add_core_test(tst_name.cpp): a QtTest executable that links core only (so the layering is enforced
# by the build) and knows where the CLI, the test data and the shared reference lists are.
# With -DISOAUDIT_SANITIZE=ON every test (and every CLI process it starts) runs under ASan + UBSan with
# ISOAUDIT_SANITIZER_ENV (cmake/IsoAuditSanitizers.cmake, docs/hardening.md).

function(isoaudit_add_test source)
    get_filename_component(name ${source} NAME_WE)
    qt_add_executable(${name} ${source} ${ARGN})
    target_link_libraries(${name} PRIVATE Qt6::Test)
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests)
    target_compile_definitions(${name} PRIVATE
        ISOAUDIT_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data"
        ISOAUDIT_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        ISOAUDIT_CLI="$<TARGET_FILE:isoaudit-cli>")
    isoaudit_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;HOME=${CMAKE_BINARY_DIR}/test-home;${ISOAUDIT_SANITIZER_ENV}"
        TIMEOUT 300)
    set(ISOAUDIT_LAST_TEST ${name} PARENT_SCOPE)
endfunction()

function(isoaudit_add_core_test source)
    isoaudit_add_test(${source})
    target_link_libraries(${ISOAUDIT_LAST_TEST} PRIVATE isoaudit-core)
    add_dependencies(${ISOAUDIT_LAST_TEST} isoaudit-cli)
endfunction()

function(isoaudit_add_ui_test source)
    isoaudit_add_test(${source})
    target_link_libraries(${ISOAUDIT_LAST_TEST} PRIVATE isoaudit-ui isoaudit-core Qt6::Widgets)
endfunction()
