# Empty compiler generated dependencies file for kbrief_core.
# This may be replaced when dependencies are built.
