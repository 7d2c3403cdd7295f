# The list of tests; kept apart so adding one touches one short file.
aipex_add_test(tst_serverendpoint SOURCES tst_serverendpoint.cpp LIBS aipexbase_core)
aipex_add_test(tst_envelope SOURCES tst_envelope.cpp LIBS aipexbase_core)
aipex_add_test(tst_error SOURCES tst_error.cpp LIBS aipexbase_core)
aipex_add_test(tst_envconfig SOURCES tst_envconfig.cpp LIBS aipexbase_core)
aipex_add_test(tst_mcpentry SOURCES tst_mcpentry.cpp LIBS aipexbase_core)
aipex_add_test(tst_apiclient SOURCES tst_apiclient.cpp CannedHttpServer.h LIBS aipexbase_core aipexbase_fakeserver)
aipex_add_test(tst_setupflow SOURCES tst_setupflow.cpp LIBS aipexbase_core aipexbase_fakeserver)
aipex_add_test(tst_cli SOURCES tst_cli.cpp TlsTestServer.h LIBS aipexbase_fakeserver)
add_dependencies(tst_cli aipexbase-setup-cli)
aipex_add_test(tst_serverprobe SOURCES tst_serverprobe.cpp CannedHttpServer.h LIBS aipexbase_core aipexbase_fakeserver)
aipex_add_test(tst_memorycredentialstore SOURCES tst_memorycredentialstore.cpp CredentialStoreChecks.h LIBS aipexbase_core)
if(TARGET aipexbase_gui)
    aipex_add_test(tst_keychaincredentialstore SOURCES tst_keychaincredentialstore.cpp CredentialStoreChecks.h
                   LIBS aipexbase_gui)
endif()
if(TARGET aipexbase_gui)
    aipex_add_test(tst_setupwizard SOURCES tst_setupwizard.cpp WizardDriver.h TlsTestServer.h LIBS aipexbase_gui aipexbase_fakeserver)
endif()
if(TARGET aipexbase_gui)
    # Not a test: walks the wizard for scripts/screenshots.sh.
    add_executable(aipexbase-screenshot-tour tools/screenshot_tour.cpp WizardDriver.h)
    target_include_directories(aipexbase-screenshot-tour PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(aipexbase-screenshot-tour PRIVATE aipexbase_gui aipexbase_fakeserver aipexbase_options Qt6::Test)
endif()
if(TARGET aipexbase_gui)
    # Not a test: the start-up floor of scripts/bench.sh.
    add_executable(aipexbase-bare-wizard tools/bare_wizard.cpp ${PROJECT_SOURCE_DIR}/app/gui/StartupTimer.cpp)
    target_include_directories(aipexbase-bare-wizard PRIVATE ${PROJECT_SOURCE_DIR}/app/gui)
    target_link_libraries(aipexbase-bare-wizard PRIVATE Qt6::Widgets aipexbase_options)
endif()
include(${CMAKE_CURRENT_SOURCE_DIR}/editors.cmake)
aipex_add_test(tst_sseparser SOURCES tst_sseparser.cpp LIBS aipexbase_core)
aipex_add_test(tst_mcpprobe SOURCES tst_mcpprobe.cpp NodePeer.h CannedHttpServer.h TlsTestServer.h LIBS aipexbase_core aipexbase_fakeserver)
# Desktop integration files validate with the tools distributions use.
add_test(NAME desktop_file_valid COMMAND desktop-file-validate
         ${PROJECT_SOURCE_DIR}/packaging/linux/${APP_ID}.desktop)
add_test(NAME metainfo_valid COMMAND appstreamcli validate --no-net
         ${PROJECT_SOURCE_DIR}/packaging/linux/${APP_ID}.metainfo.xml)
if(TARGET aipexbase_gui)
    aipex_add_test(tst_wizardaccessibility SOURCES tst_wizardaccessibility.cpp WizardDriver.h
                   LIBS aipexbase_gui aipexbase_fakeserver)
endif()
if(TARGET aipexbase_gui)
    aipex_add_test(tst_wizardtranslation SOURCES tst_wizardtranslation.cpp WizardDriver.h
                   LIBS aipexbase_gui aipexbase_fakeserver)
endif()
# The zh_CN catalogue is complete and up to date with the sources (lupdate runs in the check).
add_test(NAME translations_up_to_date COMMAND ${PROJECT_SOURCE_DIR}/scripts/check-translations.sh)
aipex_add_test(tst_tlstrust SOURCES tst_tlstrust.cpp TlsTestServer.h CannedHttpServer.h LIBS aipexbase_core aipexbase_fakeserver)
if(TARGET aipexbase_gui)
    aipex_add_test(tst_secretsaudit SOURCES tst_secretsaudit.cpp WizardDriver.h LIBS aipexbase_gui aipexbase_fakeserver)
    add_dependencies(tst_secretsaudit aipexbase-setup-cli)
endif()
