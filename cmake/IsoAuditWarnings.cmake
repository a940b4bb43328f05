# SPDX-License-Identifier: GPL-3.0-or-later
# isoaudit_set_warnings(target): the project's warning level; errors when ISOAUDIT_WERROR is on (CI).
function(isoaudit_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(ISOAUDIT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
