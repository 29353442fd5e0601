# SPDX-License-Identifier: MIT
# `cmake --install build [--prefix P]`: the kbrief program, libkbrief with its headers, the
# CMake package (find_package(kbrief) → kbrief::core), kbrief.pc, the JSON Schema and the
# licence, laid out by GNUInstallDirs. Files a program needs go in the Runtime component,
# files a C++ build needs in Development (the two .deb packages, cmake/package.cmake).
include(CMakePackageConfigHelpers)

set(KBRIEF_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/kbrief"
    CACHE STRING "Where kbriefConfig.cmake is installed, relative to the prefix")

# A shared libkbrief outside the linker's own directories is found through $ORIGIN.
if(BUILD_SHARED_LIBS)
  list(FIND CMAKE_PLATFORM_IMPLICIT_LINK_DIRECTORIES "${CMAKE_INSTALL_FULL_LIBDIR}" system_lib)
  if(system_lib EQUAL -1)
    file(RELATIVE_PATH bin_to_lib "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_LIBDIR}")
    set_target_properties(kbrief PROPERTIES INSTALL_RPATH "$ORIGIN/${bin_to_lib}")
  endif()
endif()

install(TARGETS kbrief RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime)
install(TARGETS kbrief_core EXPORT kbriefTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Runtime NAMELINK_COMPONENT Development
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Development
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/kbrief
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT Development)

install(EXPORT kbriefTargets NAMESPACE kbrief:: DESTINATION ${KBRIEF_CMAKE_DIR}
        COMPONENT Development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/kbriefConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/kbriefConfig.cmake
                              INSTALL_DESTINATION ${KBRIEF_CMAKE_DIR})
# 0.x: a minor release may change the API, so find_package(kbrief 0.2) takes 0.2.* only.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/kbriefConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/kbriefConfig.cmake
              ${PROJECT_BINARY_DIR}/kbriefConfigVersion.cmake
        DESTINATION ${KBRIEF_CMAKE_DIR} COMPONENT Development)

# kbrief.pc finds its prefix from its own place, so a staged or moved tree works as well.
set(KBRIEF_PC_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
file(RELATIVE_PATH KBRIEF_PC_TO_PREFIX "/p/${KBRIEF_PC_DIR}" "/p")
string(REGEX REPLACE "/$" "" KBRIEF_PC_TO_PREFIX "${KBRIEF_PC_TO_PREFIX}")
if(BUILD_SHARED_LIBS)
  set(KBRIEF_PC_REQUIRES "")
  set(KBRIEF_PC_REQUIRES_PRIVATE " fmt")
else()
  set(KBRIEF_PC_REQUIRES " fmt")  # a static archive needs fmt on every link
  set(KBRIEF_PC_REQUIRES_PRIVATE "")
endif()
if(KBRIEF_PDF)
  if(BUILD_SHARED_LIBS)
    string(APPEND KBRIEF_PC_REQUIRES_PRIVATE " poppler-cpp")
  else()
    string(APPEND KBRIEF_PC_REQUIRES " poppler-cpp")
  endif()
endif()
configure_file(${PROJECT_SOURCE_DIR}/cmake/kbrief.pc.in ${PROJECT_BINARY_DIR}/kbrief.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/kbrief.pc DESTINATION ${KBRIEF_PC_DIR}
        COMPONENT Development)

install(FILES ${PROJECT_SOURCE_DIR}/docs/kbrief-1.schema.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/kbrief COMPONENT Runtime)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT Runtime)

# Shell completions, where each shell looks for a package's own (Debian's directories; zsh
# under /usr/local looks in share/zsh/site-functions: -DKBRIEF_ZSH_COMPLETION_DIR=...).
set(KBRIEF_BASH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
    CACHE STRING "Where the bash completion is installed, relative to the prefix")
set(KBRIEF_ZSH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions"
    CACHE STRING "Where the zsh completion is installed, relative to the prefix")
set(KBRIEF_FISH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d"
    CACHE STRING "Where the fish completion is installed, relative to the prefix")
install(FILES ${PROJECT_SOURCE_DIR}/completions/kbrief.bash RENAME kbrief
        DESTINATION ${KBRIEF_BASH_COMPLETION_DIR} COMPONENT Runtime)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_kbrief
        DESTINATION ${KBRIEF_ZSH_COMPLETION_DIR} COMPONENT Runtime)
install(FILES ${PROJECT_SOURCE_DIR}/completions/kbrief.fish
        DESTINATION ${KBRIEF_FISH_COMPLETION_DIR} COMPONENT Runtime)
