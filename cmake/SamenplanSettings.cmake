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

# Sanitizers for every Samenplan target, e.g. -DSAMENPLAN_SANITIZE="address;undefined" (GCC or Clang).
# Qt and the other libraries are not instrumented; the tests run with the options of tests/sanitizers/.
set(SAMENPLAN_SANITIZE "" CACHE STRING "Sanitizers to build with, e.g. address;undefined")

# The libFuzzer targets of tests/fuzz (Clang): every Samenplan target is instrumented for the fuzzer
# (-fsanitize=fuzzer-no-link) and built with AddressSanitizer and UndefinedBehaviorSanitizer; only
# the fuzz targets link libFuzzer's main. With the tests on, the same build runs the whole suite
# under the sanitizers (CI builds once for both).
if(SAMENPLAN_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SAMENPLAN_FUZZ needs Clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    list(APPEND SAMENPLAN_SANITIZE address undefined)
    list(REMOVE_DUPLICATES SAMENPLAN_SANITIZE)
    target_compile_options(samenplan_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()

if(SAMENPLAN_SANITIZE)
    list(JOIN SAMENPLAN_SANITIZE "," samenplan_sanitizers)
    target_compile_options(samenplan_settings INTERFACE
        -fsanitize=${samenplan_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all
        # GCC's instrumented code makes -Wmaybe-uninitialized warn in libstdc++'s own headers
        # (std::function inside std::regex): false positives GCC's manual warns about.
        $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
    target_link_options(samenplan_settings INTERFACE -fsanitize=${samenplan_sanitizers})
endif()
