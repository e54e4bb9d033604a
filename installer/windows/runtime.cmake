# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# What the Windows programs need beside them, laid out the way windeployqt would: the Qt DLLs next to the
# .exe files, each plugin in its folder (platforms\, styles\, tls\), and the compiler's runtime DLLs.
# The same list fills the build tree's bin\ (so corral.exe and the tests run from the build, under Wine
# too) and the installed bin\ (so CPack's NSIS installer carries it). windeployqt itself is not used: it
# is a Windows program, and a cross build has no host copy of it.

set(corral_qt_dlls Qt6::Core Qt6::Gui Qt6::Widgets Qt6::Network)
# folder;target pairs. offscreen is for the tests only (QT_QPA_PLATFORM=offscreen) and is not installed.
set(corral_qt_plugins
    platforms Qt6::QWindowsIntegrationPlugin
    styles Qt6::QWindowsVistaStylePlugin
    tls Qt6::QSchannelBackendPlugin)
set(corral_qt_test_plugins platforms Qt6::QOffscreenIntegrationPlugin)

# MinGW's C++ runtime: asked of the compiler, which knows its own thread model's copies.
set(corral_compiler_dlls)
if(MINGW)
    foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
        execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${dll}
                        OUTPUT_VARIABLE path OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(NOT IS_ABSOLUTE "${path}" OR NOT EXISTS "${path}")
            message(FATAL_ERROR "${CMAKE_CXX_COMPILER} does not know where ${dll} is")
        endif()
        get_filename_component(path "${path}" REALPATH)
        list(APPEND corral_compiler_dlls ${path})
    endforeach()
else()
    # MSVC: the Visual C++ redistributable's DLLs, found by CMake's own module.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_SKIP ON)
    include(InstallRequiredSystemLibraries)
    set(corral_compiler_dlls ${CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS})
endif()

set(corral_runtime_dir ${CMAKE_RUNTIME_OUTPUT_DIRECTORY})
set(copies)
foreach(target IN LISTS corral_qt_dlls)
    list(APPEND copies COMMAND ${CMAKE_COMMAND} -E copy_if_different $<TARGET_FILE:${target}> ${corral_runtime_dir})
    install(FILES $<TARGET_FILE:${target}> DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()
foreach(dll IN LISTS corral_compiler_dlls)
    list(APPEND copies COMMAND ${CMAKE_COMMAND} -E copy_if_different ${dll} ${corral_runtime_dir})
    install(FILES ${dll} DESTINATION ${CMAKE_INSTALL_BINDIR})
endforeach()

function(corral_copy_plugins install_them)
    set(pairs ${ARGN})
    while(pairs)
        list(POP_FRONT pairs folder target)
        list(APPEND copies COMMAND ${CMAKE_COMMAND} -E make_directory ${corral_runtime_dir}/${folder}
                           COMMAND ${CMAKE_COMMAND} -E copy_if_different $<TARGET_FILE:${target}>
                                   ${corral_runtime_dir}/${folder})
        if(install_them)
            install(FILES $<TARGET_FILE:${target}> DESTINATION ${CMAKE_INSTALL_BINDIR}/${folder})
        endif()
    endwhile()
    set(copies ${copies} PARENT_SCOPE)
endfunction()
corral_copy_plugins(ON ${corral_qt_plugins})
if(CORRAL_BUILD_TESTS)
    corral_copy_plugins(OFF ${corral_qt_test_plugins})
    list(APPEND copies COMMAND ${CMAKE_COMMAND} -E copy_if_different $<TARGET_FILE:Qt6::Test> ${corral_runtime_dir})
endif()

add_custom_target(corral_windows_runtime ALL ${copies}
    COMMENT "Copying the Qt and compiler runtime DLLs beside the programs"
    VERBATIM)
