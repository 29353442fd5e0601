# Empty dependencies file for document_test.
# This may be replaced when dependencies are built.
