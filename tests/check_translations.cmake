# Fails while a user-visible string has no Dutch translation: runs lupdate over the sources into a
# copy of the Dutch .ts file and counts the entries left unfinished.
# Variables: LUPDATE, SOURCE_DIR, WORK_DIR.
set(ts "${WORK_DIR}/samenplan_nl.ts")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY_FILE "${SOURCE_DIR}/resources/translations/samenplan_nl.ts" "${ts}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h
            -I "${SOURCE_DIR}/core" -I "${SOURCE_DIR}/ui" -I "${SOURCE_DIR}/app"
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app" -ts "${ts}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(STRINGS "${ts}" unfinished REGEX "type=\"unfinished\"")
list(LENGTH unfinished count)
file(STRINGS "${ts}" messages REGEX "<source>")
list(LENGTH messages total)
if(total EQUAL 0)
    message(FATAL_ERROR "no translatable strings found")
endif()
if(count GREATER 0)
    file(STRINGS "${ts}" context_lines REGEX "<source>|type=\"unfinished\"")
    message(FATAL_ERROR "${count} of ${total} strings have no Dutch translation. Run "
        "'cmake --build build --target update_translations' and translate them in "
        "resources/translations/samenplan_nl.ts.")
endif()
message(STATUS "all ${total} strings translated")
