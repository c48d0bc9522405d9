# _locale: the C and C.UTF-8 locales (the test environment runs with LC_ALL=C.UTF-8)
import _locale as L

print(L.setlocale(L.LC_ALL))
print(L.setlocale(L.LC_CTYPE), L.setlocale(L.LC_NUMERIC))
print(sorted(L.localeconv().items()))
print(L.nl_langinfo(L.CODESET), L.getencoding())
print(L.setlocale(L.LC_ALL, ""), L.setlocale(L.LC_ALL), L.setlocale(L.LC_NUMERIC))
print(L.setlocale(L.LC_ALL, "C"), L.setlocale(L.LC_ALL), L.nl_langinfo(L.CODESET))
print(L.setlocale(L.LC_CTYPE, "C.UTF-8"), L.setlocale(L.LC_ALL, "POSIX"), L.setlocale(L.LC_TIME, None))
for bad in [(L.LC_ALL, "xx_YY"), (99, "C"), (L.LC_NUMERIC, "de_DE.UTF-8")]:
    try:
        L.setlocale(*bad)
    except L.Error as e:
        print("Error", e)
print(issubclass(L.Error, Exception), L.Error.__module__, L.CHAR_MAX, L.LC_ALL, L.LC_CTYPE, L.LC_MESSAGES)
print([L.nl_langinfo(k) for k in (L.RADIXCHAR, L.THOUSEP, L.D_T_FMT, L.D_FMT, L.T_FMT, L.DAY_1, L.ABDAY_7,
                                   L.MON_12, L.ABMON_1, L.YESEXPR, L.NOEXPR, L.AM_STR, L.CRNCYSTR)])
print(L.strcoll("a", "b"), L.strcoll("b", "a"), L.strcoll("x", "x"), L.strxfrm("abc"))
print(L.gettext("msg"), L.dgettext(None, "msg"), L.textdomain(None))
for f in [lambda: L.nl_langinfo(12345678), lambda: L.setlocale(), lambda: L.setlocale(L.LC_ALL, 5),
          lambda: L.strcoll(1, "a")]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
