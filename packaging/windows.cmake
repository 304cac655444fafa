# Windows installer (CPack NSIS; `cpack -G ZIP` gives the same files as a zip). Not tried on
# Windows yet: see the README, "Building on Windows".
#   cmake --build build && cd build && cpack -G NSIS
# `cmake --install` (and so cpack) runs windeployqt through Qt's deploy script, which copies the Qt
# libraries and plugins beside samenplan.exe, then copies the other DLLs the programs load (libical,
# libxlsxwriter and theirs, from vcpkg) and the MSVC runtime.
# Qt 6.3 and 6.4 name the script's variable FILENAME_VARIABLE, Qt 6.5 and later OUTPUT_SCRIPT.
if(Qt6_VERSION VERSION_LESS 6.5)
    qt_generate_deploy_app_script(TARGET samenplan
        FILENAME_VARIABLE samenplan_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET samenplan
        OUTPUT_SCRIPT samenplan_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${samenplan_deploy_script})

set(SAMENPLAN_WINDOWS_DLL_DIRS "" CACHE PATH
    "Extra folders holding the DLLs of libical, libxlsxwriter and xxHash (vcpkg copies them beside the programs)")
install(CODE "set(samenplan_dll_dirs [[${SAMENPLAN_WINDOWS_DLL_DIRS}]])")
install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES "$<TARGET_FILE:samenplan>" "$<TARGET_FILE:samenplan-cli>"
        DIRECTORIES "$<TARGET_FILE_DIR:samenplan>" "$<TARGET_FILE_DIR:samenplan-cli>" ${samenplan_dll_dirs}
        RESOLVED_DEPENDENCIES_VAR samenplan_dlls
        UNRESOLVED_DEPENDENCIES_VAR samenplan_missing
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
        POST_EXCLUDE_REGEXES "[/\\][Ss]ystem32[/\\]" "[/\\][Qq]t6[^/\\]*\\.dll$")
    foreach(dll IN LISTS samenplan_missing)
        message(WARNING "Not found, so not in the installer: ${dll}")
    endforeach()
    file(INSTALL ${samenplan_dlls} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
]])
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

include(${CMAKE_CURRENT_LIST_DIR}/windows-installer.cmake)
