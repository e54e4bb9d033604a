# SPDX-FileCopyrightText: 2026 The Corral authors
# SPDX-License-Identifier: Apache-2.0
# Desktop integration and packages. The programs' own install rules live with them in src/*/; this
# file installs everything else and configures CPack:
#   Linux    cpack -G DEB    corral_<version>_<arch>.deb   (installer/linux/check-deb.sh checks it)
#   Windows  cpack -G NSIS   corral-<version>-win64.exe    (the runtime from installer/windows/runtime.cmake)
#   macOS    cpack -G DragNDrop  corral-<version>-Darwin.dmg  (macdeployqt through Qt's deploy support)
# See docs/packaging.md.

set(corral_installer_dir ${CMAKE_CURRENT_LIST_DIR})
set(corral_app_id io.github.corral.Corral)
set(corral_homepage "https://github.com/corral/corral")

# --- Icons for Windows and macOS -----------------------------------------------------------------------
# Linux uses resources/icons/corral.svg. Windows wants an .ico and macOS an .icns: both are kept in the
# repository (installer/windows/corral.ico, installer/macos/corral.icns), rendered from the drawing the
# app uses for its window icon, appIcon(), which the SVG mirrors. After changing the drawing, regenerate
# them (docs/packaging.md):
#   cmake -B build -DCORRAL_PLATFORM_ICONS=ON && cmake --build build --target corral_icons
#   QT_QPA_PLATFORM=offscreen build/installer/corral_icons installer/windows/corral.ico installer/macos/corral.icns
option(CORRAL_PLATFORM_ICONS "Build corral_icons, which renders installer/windows/corral.ico and installer/macos/corral.icns" OFF)
if(CORRAL_PLATFORM_ICONS)
    add_executable(corral_icons EXCLUDE_FROM_ALL ${corral_installer_dir}/iconfiles.cpp)
    target_link_libraries(corral_icons PRIVATE corral_gui)
    set_target_properties(corral_icons PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/installer)
endif()
set(corral_ico ${corral_installer_dir}/windows/corral.ico)
set(corral_icns ${corral_installer_dir}/macos/corral.icns)

# --- Linux (and other freedesktop systems) -------------------------------------------------------------
if(UNIX AND NOT APPLE)
    install(FILES ${corral_installer_dir}/linux/corral.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    # Debian policy: the licence in machine-readable form, in the package's doc directory.
    install(FILES ${corral_installer_dir}/linux/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/corral)
    install(FILES ${corral_installer_dir}/linux/${corral_app_id}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # Icon=corral in the desktop entry names this file.
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/corral.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # Man pages are installed compressed, as Debian policy asks; gzip -n keeps the build reproducible.
    find_program(CORRAL_GZIP gzip)
    foreach(page corral.1 corrald.1 corralctl.1)
        set(source ${corral_installer_dir}/linux/man/${page})
        if(CORRAL_GZIP)
            set(compressed ${PROJECT_BINARY_DIR}/installer/man/${page}.gz)
            add_custom_command(
                OUTPUT ${compressed}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/installer/man
                COMMAND ${CORRAL_GZIP} -9 -n -c ${source} > ${compressed}
                DEPENDS ${source}
                COMMENT "Compressing ${page}")
            list(APPEND corral_man_pages ${compressed})
        else()
            list(APPEND corral_man_pages ${source})
        endif()
    endforeach()
    add_custom_target(corral_man_pages ALL DEPENDS ${corral_man_pages})
    install(FILES ${corral_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

    # examplesDirectory() looks in <bin>/../share/corral/examples.
    install(PROGRAMS ${PROJECT_SOURCE_DIR}/resources/examples/ticker.py
                     ${PROJECT_SOURCE_DIR}/resources/examples/backfill.py
            DESTINATION ${CMAKE_INSTALL_DATADIR}/corral/examples)
endif()

# --- Windows ----------------------------------------------------------------------------------------
if(WIN32)
    # The executable's own icon (Explorer, taskbar, the Start-menu shortcut, Apps & features).
    configure_file(${corral_installer_dir}/windows/corral.rc.in ${PROJECT_BINARY_DIR}/installer/corral.rc @ONLY)
    target_sources(corral PRIVATE ${PROJECT_BINARY_DIR}/installer/corral.rc)
    set_source_files_properties(${PROJECT_BINARY_DIR}/installer/corral.rc TARGET_DIRECTORY corral
                                PROPERTIES OBJECT_DEPENDS ${corral_ico})

    # examplesDirectory() looks in <bin>/../share/corral/examples here too.
    install(FILES ${PROJECT_SOURCE_DIR}/resources/examples/ticker.py
                  ${PROJECT_SOURCE_DIR}/resources/examples/backfill.py
            DESTINATION ${CMAKE_INSTALL_DATADIR}/corral/examples)
endif()

# --- macOS ------------------------------------------------------------------------------------------
if(APPLE)
    set_target_properties(corral PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${corral_installer_dir}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${corral_app_id}
        MACOSX_BUNDLE_BUNDLE_NAME Corral
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE corral.icns
        MACOSX_BUNDLE_COPYRIGHT "Copyright the Corral authors")
    # Bundle resources, in the bundle from the build on: the icon, and the examples, which
    # examplesDirectory() finds in <bin>/../Resources/examples, i.e. Contents/Resources/examples.
    set(corral_bundle_examples ${PROJECT_SOURCE_DIR}/resources/examples/ticker.py
                               ${PROJECT_SOURCE_DIR}/resources/examples/backfill.py)
    target_sources(corral PRIVATE ${corral_icns} ${corral_bundle_examples})
    set_source_files_properties(${corral_icns} TARGET_DIRECTORY corral
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_source_files_properties(${corral_bundle_examples} TARGET_DIRECTORY corral
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources/examples)
endif()

# --- Qt runtime ---------------------------------------------------------------------------------------
# Windows: the Qt and compiler DLLs and plugins beside the programs, in the build tree and installed
# (installer/windows/runtime.cmake). macOS: macdeployqt through Qt's deploy support, on the installed
# bundle. The script is written here rather than by qt_generate_deploy_app_script(), whose arguments
# changed between Qt 6.4 (FILENAME_VARIABLE) and 6.5 (OUTPUT_SCRIPT), and which deploys one executable:
# corrald and corralctl need the same Qt libraries, and macdeployqt must fix their paths too.
if(WIN32)
    include(${corral_installer_dir}/windows/runtime.cmake)
endif()
if(APPLE)
    set(corral_deploy_script ${PROJECT_BINARY_DIR}/installer/deploy-qt-$<CONFIG>.cmake)
    file(GENERATE OUTPUT ${corral_deploy_script} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"corral.app\"
    ADDITIONAL_EXECUTABLES \"corral.app/Contents/MacOS/$<TARGET_FILE_NAME:corrald>\"
                           \"corral.app/Contents/MacOS/$<TARGET_FILE_NAME:corralctl>\")
")
    # After the programs' own install rules, which ran in their subdirectories before this one.
    install(SCRIPT ${corral_deploy_script})
endif()

# --- CPack --------------------------------------------------------------------------------------------
set(CPACK_VERBATIM_VARIABLES ON) # values below are plain CMake strings; CPack escapes them itself
set(CPACK_PACKAGE_NAME corral)
set(CPACK_PACKAGE_VENDOR "Corral")
set(CPACK_PACKAGE_CONTACT "Corral maintainers <corral@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${corral_installer_dir}/description.txt)
set(CPACK_PACKAGE_HOMEPAGE_URL ${corral_homepage})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Corral)
set(CPACK_PACKAGE_EXECUTABLES corral Corral) # the Start-menu shortcut
set(CPACK_STRIP_FILES ON)
# The NSIS installer's licence page and the DMG's licence agreement show it.
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/" "~$")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# Debian: `Depends` from dpkg-shlibdeps (libqt6core6, libqt6gui6, libqt6widgets6, libqt6network6,
# libc6, libstdc++6, ...) plus what no ELF file names: Qt loads its platform plugins at run time.
set(CPACK_DEBIAN_PACKAGE_NAME corral)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# tzdata: Qt reads schedules' zones from its files; tzdata-legacy (Debian 13+) holds the old names (US/Eastern).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, tzdata")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "python3") # the example strategies are Python scripts
# Qt's own catalogues translate the standard dialogs (file pickers) in German and Spanish.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, tzdata-legacy")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${corral_homepage})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows (NSIS): per user ($LOCALAPPDATA\Programs\Corral) or for all users ($PROGRAMFILES64\Corral), a
# Start-menu shortcut, optional "Start Corral at login" (the app's own HKCU Run entry) and desktop
# shortcut, upgrades in place. CMake's template knows only per-machine installs: the project's own,
# installer/windows/NSIS.template.in, found through CPACK_MODULE_PATH, uses NSIS's MultiUser.nsh
# (switches /CurrentUser, /AllUsers; docs/packaging.md). installer/windows/check-installer.sh checks it.
if(WIN32)
    set(CPACK_MODULE_PATH ${corral_installer_dir}/windows)
endif()
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Corral) # without the version: an upgrade finds the install it replaces
set(CPACK_NSIS_PACKAGE_NAME Corral)
set(CPACK_NSIS_DISPLAY_NAME Corral)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_URL_INFO_ABOUT ${corral_homepage})
set(CPACK_NSIS_HELP_LINK ${corral_homepage})
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_MUI_ICON ${corral_ico})
set(CPACK_NSIS_MUI_UNIICON ${corral_ico})

# macOS (DragNDrop): corral.app next to a link to /Applications.
set(CPACK_DMG_VOLUME_NAME Corral)
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
