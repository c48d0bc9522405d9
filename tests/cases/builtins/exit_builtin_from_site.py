print("calling exit(5)")
exit(5)
print("unreachable")
