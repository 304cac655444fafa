# One INTERFACE target carries the compiler settings every Samenplan target shares.
add_library(samenplan_settings INTERFACE)
target_compile_features(samenplan_settings INTERFACE cxx_std_20)

target_compile_definitions(samenplan_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SAMENPLAN_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(samenplan_settings INTERFACE /W4 /permissive- /utf-8)
    if(SAMENPLAN_WARNINGS_AS_ERRORS)
        target_compile_options(samenplan_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(samenplan_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(SAMENPLAN_WARNINGS_AS_ERRORS)
        target_compile_options(samenplan_settings INTERFACE -Werror)
    endif()
endif()
