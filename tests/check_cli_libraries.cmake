# samenplan-cli loads no Qt GUI, libxlsxwriter or libical (about 4 ms of every start; the document
# commands run in samenplan-cli-documents, which needs them). Reads the programs' NEEDED entries:
#   cmake -DOBJDUMP=objdump -DCLI=path/samenplan-cli -DDOCUMENTS=path/samenplan-cli-documents -P check_cli_libraries.cmake
set(unwanted "libQt6Gui" "libxlsxwriter" "libical")

function(needed program out)
    execute_process(COMMAND ${OBJDUMP} -p ${program} OUTPUT_VARIABLE dump RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "${OBJDUMP} -p ${program} failed")
    endif()
    string(REGEX MATCHALL "NEEDED +[^\n]+" lines "${dump}")
    list(TRANSFORM lines REPLACE "NEEDED +" "")
    set(${out} ${lines} PARENT_SCOPE)
endfunction()

function(count_unwanted libraries out)
    set(found "")
    foreach(library IN LISTS libraries)
        foreach(name IN LISTS unwanted)
            if(library MATCHES "^${name}")
                list(APPEND found ${library})
            endif()
        endforeach()
    endforeach()
    set(${out} "${found}" PARENT_SCOPE)
endfunction()

needed(${CLI} cli_needs)
count_unwanted("${cli_needs}" cli_unwanted)
if(cli_unwanted)
    message(FATAL_ERROR "samenplan-cli loads ${cli_unwanted}: a command outside samenplan_cli_documents uses them")
endif()
# The same reading finds each of them where they belong (so the check above can fail).
needed(${DOCUMENTS} documents_needs)
foreach(name IN LISTS unwanted)
    count_unwanted("${documents_needs}" found) # the matches of all three, then of this one
    list(FILTER found INCLUDE REGEX "^${name}")
    if(NOT found)
        message(FATAL_ERROR "samenplan-cli-documents should load ${name}, loads: ${documents_needs}")
    endif()
endforeach()
message(STATUS "samenplan-cli loads ${cli_needs}")
