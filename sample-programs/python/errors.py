# The symbol table's own errors stop CPython at the first one: here, a nonlocal with no
# enclosing binding.
def lonely():
    nonlocal ghost  # expect-error: 4:5 no binding for nonlocal 'ghost' found
    ghost = 1
