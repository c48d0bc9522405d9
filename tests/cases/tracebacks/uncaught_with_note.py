e = TypeError("bad type")
e.add_note("note one")
e.add_note("final note line")
raise e
