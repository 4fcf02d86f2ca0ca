# FindSOCI: Debian's libsoci-dev ships neither a CMake config nor a .pc file.
#
# Imported targets: SOCI::core, and SOCI::<backend> for each requested component
# (sqlite3, postgresql, ...), each backend linking SOCI::core.
include(FindPackageHandleStandardArgs)

find_path(SOCI_INCLUDE_DIR NAMES soci/soci.h)
find_library(SOCI_CORE_LIBRARY NAMES soci_core)
mark_as_advanced(SOCI_INCLUDE_DIR SOCI_CORE_LIBRARY)

if(SOCI_INCLUDE_DIR AND EXISTS "${SOCI_INCLUDE_DIR}/soci/version.h")
  file(STRINGS "${SOCI_INCLUDE_DIR}/soci/version.h" _soci_version_line REGEX "^#define SOCI_VERSION [0-9]+")
  string(REGEX REPLACE "^#define SOCI_VERSION ([0-9]+).*" "\\1" _soci_version_number "${_soci_version_line}")
  math(EXPR _major "${_soci_version_number} / 100000")
  math(EXPR _minor "${_soci_version_number} / 100 % 1000")
  math(EXPR _patch "${_soci_version_number} % 100")
  set(SOCI_VERSION "${_major}.${_minor}.${_patch}")
endif()

set(_soci_backend_vars)
foreach(_backend IN LISTS SOCI_FIND_COMPONENTS)
  find_library(SOCI_${_backend}_LIBRARY NAMES soci_${_backend})
  mark_as_advanced(SOCI_${_backend}_LIBRARY)
  if(SOCI_${_backend}_LIBRARY)
    set(SOCI_${_backend}_FOUND TRUE)
  endif()
endforeach()

find_package_handle_standard_args(SOCI
  REQUIRED_VARS SOCI_CORE_LIBRARY SOCI_INCLUDE_DIR
  VERSION_VAR SOCI_VERSION
  HANDLE_COMPONENTS)

if(SOCI_FOUND AND NOT TARGET SOCI::core)
  add_library(SOCI::core UNKNOWN IMPORTED)
  set_target_properties(SOCI::core PROPERTIES
    IMPORTED_LOCATION "${SOCI_CORE_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${SOCI_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${CMAKE_DL_LIBS}")
  foreach(_backend IN LISTS SOCI_FIND_COMPONENTS)
    if(SOCI_${_backend}_FOUND AND NOT TARGET SOCI::${_backend})
      add_library(SOCI::${_backend} UNKNOWN IMPORTED)
      set_target_properties(SOCI::${_backend} PROPERTIES
        IMPORTED_LOCATION "${SOCI_${_backend}_LIBRARY}"
        INTERFACE_LINK_LIBRARIES SOCI::core)
      # soci/postgresql/soci-postgresql.h includes <libpq-fe.h>, which Debian keeps in /usr/include/postgresql.
      if(_backend STREQUAL "postgresql")
        find_package(PostgreSQL REQUIRED)
        set_property(TARGET SOCI::postgresql APPEND PROPERTY INTERFACE_LINK_LIBRARIES PostgreSQL::PostgreSQL)
      endif()
    endif()
  endforeach()
endif()
