# Desktop integration and the DEB package. One reverse-DNS id (APP_ID) names the
# desktop file, the AppStream metainfo and the icons.
include(GNUInstallDirs)
if(AIPEXBASE_BUILD_GUI)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/${APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/${APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 22 24 32 48 64 128 256 512)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/scalable/apps/${APP_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
# Runtime libraries come from dpkg-shlibdeps (the Qt platform plugins ship with libqt6gui6).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

# A keychain for "remember password", Node.js for the mcp-remote bridge, and a CJK font:
# without one a desktop set up for English shows the zh_CN interface as empty boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, nodejs, fonts-noto-cjk")
