# test-invoke: -m runnable_pkg
# test-args: a b
# Running a package with -m runs its __main__ submodule after importing the package.
this_file_is_only_the_test_description = True
