# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# Runs one QtTest program of the Windows build under Wine for ctest:
#   cmake -DWINE=<wine64> -DTEST=<tst_x.exe> -DLOG=<file> -P wine-qtest.cmake
# Under Wine, QtTest writes its report to the console and nothing reaches a pipe, so ctest would show an
# empty output for a failing test: the report goes to a file instead, which is printed afterwards.
file(REMOVE ${LOG})
execute_process(COMMAND ${WINE} ${TEST} -o ${LOG},txt RESULT_VARIABLE rc)
if(EXISTS ${LOG})
    file(READ ${LOG} report)
    message("${report}")
endif()
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TEST} exited with ${rc}")
endif()
