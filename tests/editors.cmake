# Editor integration tests (see app/core/editors.cmake).
