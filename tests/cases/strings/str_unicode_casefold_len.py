words = ["Straße", "STRASSE", "straße", "ǈ", "ﬀ"]
print([w.casefold() for w in words], [len(w.upper()) for w in words])
print("ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "i̇".upper(), len("i̇"))
print("Ａ１".isalnum(), "Ａ１".lower(), "٣".isdigit(), int("٣") + 1)
