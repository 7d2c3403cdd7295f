# Editor integration (client table, config installer, format editors): its own list so
# that work on it touches only this file.
target_sources(aipexbase_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ClientEnvironment.cpp ${CMAKE_CURRENT_LIST_DIR}/ClientEnvironment.h
    ${CMAKE_CURRENT_LIST_DIR}/ClientLinks.cpp ${CMAKE_CURRENT_LIST_DIR}/ClientLinks.h
    ${CMAKE_CURRENT_LIST_DIR}/ClientProfile.cpp ${CMAKE_CURRENT_LIST_DIR}/ClientProfile.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigChange.h
    ${CMAKE_CURRENT_LIST_DIR}/ConfigInstaller.cpp ${CMAKE_CURRENT_LIST_DIR}/ConfigInstaller.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonText.cpp ${CMAKE_CURRENT_LIST_DIR}/JsonText.h
    ${CMAKE_CURRENT_LIST_DIR}/JsoncEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/JsoncEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/JsoncParser.cpp ${CMAKE_CURRENT_LIST_DIR}/JsoncParser.h
    ${CMAKE_CURRENT_LIST_DIR}/ProcessCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/ProcessCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/TomlEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/TomlEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/UnifiedDiff.cpp ${CMAKE_CURRENT_LIST_DIR}/UnifiedDiff.h
    ${CMAKE_CURRENT_LIST_DIR}/YamlEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/YamlEditor.h
)
