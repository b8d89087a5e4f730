// opsdesk: the desktop client. Shows the sign-in screen for the server in OPSDESK_DATABASE_URL
// (signing in directly when the URL holds a password), or, with none configured, starts the
// embedded demo stack (private PostgreSQL cluster + webhook ingest + live demo traffic) and
// signs in as a demo person.

#include "demoprocess.h"
#include "incidentnotifier.h"
#include "screenshot.h"

#include "embeddedcluster.h"
#include "logging.h"
#include "signincontroller.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTranslator>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(OpsDeskModelsPlugin)
Q_IMPORT_QML_PLUGIN(OpsDeskUiPlugin)

using namespace Qt::StringLiterals;

namespace {

void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, u"opsdesk"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(translator);
    }
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    // Right-to-left scripts mirror the layout (QML reads Qt.application.layoutDirection).
    QGuiApplication::setLayoutDirection(locale.textDirection());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // QApplication, not QGuiApplication: Qt Charts QML needs it
    QApplication::setApplicationName(u"OpsDesk"_s);
    QApplication::setOrganizationName(u"OpsDesk"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QApplication::setDesktopFileName(u"opsdesk"_s);
    opsdesk::logging::setup();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"OpsDesk desktop client. With OPSDESK_DATABASE_URL unset it runs the demo: "
        u"a private PostgreSQL cluster with live WhatsApp demo traffic."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s, u"Data folder of the demo's private cluster."_s,
                                     u"dir"_s, opsdesk::EmbeddedCluster::defaultDataDir());
    const QCommandLineOption rate(u"rate"_s, u"Demo webhook events per second."_s, u"n"_s, u"3"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, u"Save a PNG once live data is shown, then quit."_s, u"file"_s);
    const QCommandLineOption page(u"page"_s, u"Page to open: overview, conversations, events, audit, users, apikeys, outbound, canned, metrics, incidents, alertrules."_s,
                                  u"name"_s, u"overview"_s);
    const QCommandLineOption theme(u"theme"_s, u"system (default), light or dark."_s, u"theme"_s,
                                   u"system"_s);
    const QCommandLineOption language(u"lang"_s, u"UI language, e.g. he (default: the system's)."_s,
                                      u"code"_s);
    const QCommandLineOption signInAs(
        u"as"_s,
        u"Demo: sign in as admin (default), manager, support, or nobody (sign-in screen)."_s,
        u"role"_s, u"admin"_s);
    const QCommandLineOption connect(
        u"connect"_s, u"No demo: show the sign-in screen with the saved server profiles."_s);
    parser.addOptions({dataDir, rate, screenshot, page, theme, language, signInAs, connect});
    parser.process(app);

    QQuickStyle::setStyle(u"Basic"_s);
    installTranslations(app, parser.value(language));

    const bool demoMode =
        qEnvironmentVariableIsEmpty("OPSDESK_DATABASE_URL") && !parser.isSet(connect);
    opsdesk::Workspace workspace(demoMode);
    opsdesk::SignInController signIn(workspace);
    const QString themeName = parser.value(theme);
    workspace.setDarkMode(themeName == u"dark" ||
                          (themeName == u"system" &&
                           QGuiApplication::palette().color(QPalette::Window).lightness() < 128));
    opsdesk::Workspace::setInstance(&workspace);
    opsdesk::SignInController::setInstance(&signIn);

    DemoProcess demo;
    QString autoSignIn;      // demo person to sign in as
    QString passwordFromUrl; // OPSDESK_DATABASE_URL with a password signs in directly
    if (demoMode) {
        std::fprintf(stderr, "opsdesk: starting the demo stack in %s ...\n",
                     qPrintable(parser.value(dataDir)));
        const auto started = demo.start(parser.value(dataDir), parser.value(rate).toDouble());
        if (!started) {
            std::fprintf(stderr, "opsdesk: %s\n", qPrintable(started.error()));
            return 1;
        }
        QList<opsdesk::SignInController::DemoPerson> people;
        for (const auto &person : started->people) {
            people.append({person.signInName, person.displayName, person.role, person.password});
            if (person.role == parser.value(signInAs) ||
                (parser.value(signInAs) == u"admin" && person.role == u"super_admin")) {
                autoSignIn = person.signInName;
            }
        }
        signIn.setDemo(started->server, people);
        signIn.setForm(started->server);
    } else if (qEnvironmentVariableIsEmpty("OPSDESK_DATABASE_URL")) {
        signIn.restoreLastProfile();
    } else {
        const auto parsed =
            opsdesk::DatabaseConfig::fromUrl(qEnvironmentVariable("OPSDESK_DATABASE_URL"));
        if (!parsed) {
            std::fprintf(stderr, "opsdesk: OPSDESK_DATABASE_URL: %s\n", qPrintable(parsed.error()));
            return 2;
        }
        signIn.setForm(parsed.value());
        passwordFromUrl = parsed->password;
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(
        u"qrc:/qt/qml"_s); // Qt 6.4 does not search the modules' resource prefix by default
    engine.setInitialProperties({{u"initialPage"_s, parser.value(page)}});
    engine.load(QUrl(u"qrc:/qt/qml/OpsDesk/Main.qml"_s));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "opsdesk: the user interface failed to load\n");
        return 1;
    }
    // New critical and high incidents reach the system tray; a click opens them in the window
    // (Navigation.openAt, reached through a small QML object: the singleton is QML's own).
    QQmlComponent navigatorComponent(&engine);
    navigatorComponent.setData(
        "import QtQml\nimport OpsDesk\nQtObject {\n"
        "    function openIncident(id) { Navigation.openAt(\"incidents\", id) }\n}",
        QUrl(u"qrc:/opsdesk/incidentnavigator.qml"_s));
    std::unique_ptr<QObject> navigator(navigatorComponent.create());
    opsdesk::IncidentNotifier incidentNotifier(workspace);
    incidentNotifier.setOpenHandler([&engine, &navigator](const QString &incidentId) {
        if (navigator) {
            QMetaObject::invokeMethod(navigator.get(), "openIncident",
                                      Q_ARG(QVariant, QVariant(incidentId)));
        }
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
            window->show();
            window->raise();
            window->requestActivate();
        }
    });

    if (!autoSignIn.isEmpty()) {
        signIn.signInAsDemo(autoSignIn);
    } else if (!passwordFromUrl.isEmpty()) {
        signIn.signIn(passwordFromUrl);
    } else if (!demoMode && signIn.remember()) {
        signIn.signInWithSavedPassword();
    }

    std::unique_ptr<Screenshot> shot;
    if (parser.isSet(screenshot)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        shot = std::make_unique<Screenshot>(window, &workspace, parser.value(screenshot), 6000,
                                            demoMode && autoSignIn.isEmpty());
        shot->start(180000);
    }
    const int code = QApplication::exec();
    workspace.signOut();
    demo.stop();
    return code;
}
