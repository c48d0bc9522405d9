songs = ["a", "b"]
print(f"{"\n".join(songs)}")
print(f"{f"{f"{1 + 1}"}"}", f"{'quote' + "dq"}", f"{songs[0]!r:{"^"}{5}}")
print(f"{  # comment
    x
}" if (x := 5) else "")
print(f"{"""tri"""}")
