# Editor integration (client table, config installer, format editors): its own list so
# that work on it touches only this file.
target_sources(aipexbase_core PRIVATE
)
