# SPDX-License-Identifier: GPL-3.0-or-later
# -DISOAUDIT_SANITIZE=ON (the `ci` and `asan` presets): everything is compiled with AddressSanitizer and
# UndefinedBehaviorSanitizer, and ISOAUDIT_SANITIZER_ENV holds the environment every test runs with (set as the
# ENVIRONMENT property of each test, so a plain `ctest` uses it too, and inherited by every CLI process a test
# starts). The first error stops the test with a stack trace, so ctest reports it as failed; leaks are reported at
# exit. The suppression files in tests/sanitizers/ list only what is not ours, one reason per entry
# (docs/hardening.md).
option(ISOAUDIT_SANITIZE "Build everything with -fsanitize=address,undefined (tests run under ASan + UBSan)" OFF)
set(ISOAUDIT_SANITIZER_ENV "")
if(ISOAUDIT_SANITIZE AND NOT ISOAUDIT_FUZZ)
    # -O1 -g1 (after the build type's -O2 -g, so they win): what the sanitizer documentation recommends, and half
    # the compile time of -O2 -g with the sanitizers (measured: 1.3-1.6x a plain -O2 -g compile instead of 2-2.8x);
    # -g1 keeps the file:line of every frame in a report.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -O1 -g1)
    add_link_options(-fsanitize=address,undefined)
    set(supp ${CMAKE_SOURCE_DIR}/tests/sanitizers)
    set(ISOAUDIT_SANITIZER_ENV
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
        "LSAN_OPTIONS=suppressions=${supp}/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${supp}/ubsan.supp")
endif()
