# The Windows installer's settings (CPack NSIS), apart from the deployment in windows.cmake so they
# can be tried on their own: makensis also runs on Linux (Debian package nsis).
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Samenplan")
set(CPACK_PACKAGE_EXECUTABLES samenplan Samenplan)
set(CPACK_CREATE_DESKTOP_LINKS samenplan)
set(CPACK_NSIS_PACKAGE_NAME "Samenplan")
set(CPACK_NSIS_DISPLAY_NAME "Samenplan ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/icons/samenplan.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/icons/samenplan.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\samenplan.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
# .samenplan files open in Samenplan (CPACK_VERBATIM_VARIABLES keeps the backslashes as written).
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM 'Software\Classes\.samenplan' '' 'Samenplan.Database'
  WriteRegStr HKLM 'Software\Classes\Samenplan.Database' '' 'Samenplan database'
  WriteRegStr HKLM 'Software\Classes\Samenplan.Database\DefaultIcon' '' '$INSTDIR\bin\samenplan.exe,0'
  WriteRegStr HKLM 'Software\Classes\Samenplan.Database\shell\open\command' '' '"$INSTDIR\bin\samenplan.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKLM 'Software\Classes\Samenplan.Database'
  ReadRegStr $0 HKLM 'Software\Classes\.samenplan' ''
  StrCmp $0 'Samenplan.Database' 0 +2
    DeleteRegKey HKLM 'Software\Classes\.samenplan'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
