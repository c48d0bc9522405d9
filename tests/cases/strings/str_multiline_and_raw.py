s = """line1
  line2\
 continued
end"""
print(s)
print(r"raw\n\t", len(r"\n"), rb"\x00", "a" "b" 'c', f"{'x'}" "y")
print("""'"'""", '''"'"''')
print("tab\there", "bell\a".__len__(), "\N{BULLET}", "\u00e9" == "é")
