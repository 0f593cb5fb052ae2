/// scopewalk's version: the one place it is written (`--version`, the man page).
let scopewalkVersion = "0.4.0"
