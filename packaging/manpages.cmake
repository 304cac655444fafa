# Man pages for samenplan-cli and samenplan, written at build time from the built programs' own
# --help (manpage.cmake), so a new command or option is in the page as soon as it is in the help.
# tests/check_manpages.cmake checks that every command and option made it into the pages.
if(CMAKE_CROSSCOMPILING)
    return()
endif()
find_program(SAMENPLAN_GZIP gzip)
set(samenplan_man_dir ${CMAKE_CURRENT_BINARY_DIR}/man)
set(samenplan_man_pages "")

function(samenplan_man_page target)
    cmake_parse_arguments(PAGE "" "COMMANDS" "SEE_ALSO" ${ARGN})
    set(page ${samenplan_man_dir}/${target}.1)
    set(options -DEXE=$<TARGET_FILE:${target}> -DNAME=${target} -DVERSION=${PROJECT_VERSION} -DOUT=${page})
    if(PAGE_COMMANDS)
        list(APPEND options -DCOMMANDS=${PAGE_COMMANDS})
    endif()
    if(PAGE_SEE_ALSO)
        list(APPEND options -DSEE_ALSO=${PAGE_SEE_ALSO})
    endif()
    if(SAMENPLAN_GZIP)
        list(APPEND options -DGZIP=${SAMENPLAN_GZIP})
        set(installed ${page}.gz)
    else()
        set(installed ${page})
    endif()
    add_custom_command(OUTPUT ${installed}
        COMMAND ${CMAKE_COMMAND} ${options} -P ${CMAKE_CURRENT_SOURCE_DIR}/manpage.cmake
        DEPENDS ${target} ${CMAKE_CURRENT_SOURCE_DIR}/manpage.cmake
        COMMENT "Writing the man page of ${target} from its --help"
        VERBATIM)
    install(FILES ${installed} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    set(samenplan_man_pages ${samenplan_man_pages} ${installed} PARENT_SCOPE)
endfunction()

if(SAMENPLAN_BUILD_GUI)
    samenplan_man_page(samenplan-cli COMMANDS Commands SEE_ALSO samenplan)
    samenplan_man_page(samenplan SEE_ALSO samenplan-cli)
else()
    samenplan_man_page(samenplan-cli COMMANDS Commands)
endif()
add_custom_target(samenplan_man_pages ALL DEPENDS ${samenplan_man_pages})
