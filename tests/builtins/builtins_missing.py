# Not implemented yet (docs/differences.md): these builtins raise NameError.
for name in ('breakpoint', 'help', 'copyright', 'credits', 'license'):
    try:
        eval(name)
        print(name, 'exists')
    except NameError as e:
        print('NameError', e)
