set(  document_test_TESTS)
