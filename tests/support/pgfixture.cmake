# A throwaway PostgreSQL cluster as a CTest fixture (tests/support/pgcluster.sh), included from
# tests/CMakeLists.txt. A test that needs it:
#   set_tests_properties(<test> PROPERTIES FIXTURES_REQUIRED postgres)
# and reads its connection URL (postgres://lobbydesk@127.0.0.1:PORT/lobbydesk_test) from the
# file ${LOBBYDESK_PG_URL_FILE}, which exists while the fixture is up. `ctest -L postgres` runs
# the fixture's own tests; ctest starts the cluster once before the tests that require it
# and stops it after the last of them, whichever of them are selected.
set(LOBBYDESK_PG_DIR ${CMAKE_BINARY_DIR}/pgtest)
set(LOBBYDESK_PG_URL_FILE ${LOBBYDESK_PG_DIR}/url)
set(_pgcluster ${CMAKE_CURRENT_LIST_DIR}/pgcluster.sh)

add_test(NAME "pg: start cluster" COMMAND bash ${_pgcluster} start ${LOBBYDESK_PG_DIR})
set_tests_properties("pg: start cluster" PROPERTIES
    FIXTURES_SETUP postgres LABELS "integration;postgres" TIMEOUT 120)

# The fixture checks itself, so a broken cluster shows up as this test and not as the first
# database test's confusing failure.
add_test(NAME "pg: cluster answers select 1" COMMAND bash ${_pgcluster} check ${LOBBYDESK_PG_DIR})
set_tests_properties("pg: cluster answers select 1" PROPERTIES
    FIXTURES_REQUIRED postgres LABELS "integration;postgres" TIMEOUT 30)

add_test(NAME "pg: stop cluster" COMMAND bash ${_pgcluster} stop ${LOBBYDESK_PG_DIR})
set_tests_properties("pg: stop cluster" PROPERTIES
    FIXTURES_CLEANUP postgres LABELS "integration;postgres" TIMEOUT 120)
unset(_pgcluster)
