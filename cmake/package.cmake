# SPDX-License-Identifier: MIT
# `cpack -G DEB` in the build directory: two Debian packages from the install rules,
#   kbrief      the program, its man page, completions, JSON Schema and licence (Runtime);
#   kbrief-dev  libkbrief, its headers, the CMake package and kbrief.pc (Development).
# Their shared-library dependencies are computed by dpkg-shlibdeps (package dpkg-dev).
set(CPACK_PACKAGE_NAME kbrief)
set(CPACK_PACKAGE_VENDOR "The kbrief authors")
set(CPACK_PACKAGE_CONTACT "The kbrief authors <kbrief@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Korean policy briefs, extracted from PDF to text, as structure")
set(CPACK_PACKAGE_DESCRIPTION
    "kbrief segments Korean policy briefs, extracted from PDF to text, into metadata, headings, paragraphs, sentences, footnotes, lists, tables and dates, losing no character, and prints them as JSON, Markdown, a timeline or formatting findings for CI.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)

set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL Runtime Development)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # kbrief_0.2.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME kbrief)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SUGGESTS "poppler-utils, jq, pandoc")
if(KBRIEF_PDF)  # poppler maps Korean CID fonts to Unicode only with its language data
  set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS "poppler-data")
endif()
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME kbrief-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS
    "kbrief (= ${PROJECT_VERSION}), libicu-dev, libfmt-dev")
if(KBRIEF_PDF AND NOT BUILD_SHARED_LIBS)  # a static libkbrief links poppler-cpp into its users
  string(APPEND CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS ", libpoppler-cpp-dev")
endif()
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
set(CPACK_COMPONENT_DEVELOPMENT_DESCRIPTION
    "libkbrief, the C++20 library behind kbrief: headers, CMake package (kbrief::core), kbrief.pc")
if(BUILD_SHARED_LIBS)
  set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
endif()
include(CPack)
