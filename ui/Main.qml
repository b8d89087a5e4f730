import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models

ApplicationWindow {
    id: root

    width: 1360
    height: 860
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    // The page to open first (opsdesk --page).
    property string initialPage: "overview"

    title: !Workspace.signedIn ? qsTr("OpsDesk — sign in")
           : Workspace.demo ? qsTr("OpsDesk — demo — %1").arg(Workspace.displayName)
           : qsTr("OpsDesk — %1").arg(Workspace.displayName)
    color: Theme.background

    // Right-to-left languages mirror the whole layout.
    LayoutMirroring.enabled: Application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    palette.window: Theme.background
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.windowText: Theme.text
    palette.button: Theme.surfaceRaised
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    // Basic style draws highlighted (primary) buttons with dark + brightText.
    palette.dark: Theme.accent
    palette.brightText: "white"
    palette.toolTipBase: Theme.surfaceRaised
    palette.toolTipText: Theme.text

    Shortcut {
        sequence: "Ctrl+1"
        enabled: Workspace.signedIn
        onActivated: Navigation.open("overview")
    }
    Shortcut {
        sequence: "Ctrl+2"
        enabled: Workspace.signedIn
        onActivated: Navigation.open("conversations")
    }
    Shortcut {
        sequence: "Ctrl+3"
        enabled: Workspace.signedIn
        onActivated: Navigation.open("events")
    }
    Shortcut {
        sequence: "Ctrl+4"
        enabled: Workspace.signedIn && Workspace.canReadAudit
        onActivated: Navigation.open("audit")
    }
    Shortcut {
        sequence: "Ctrl+5"
        enabled: Workspace.signedIn && Workspace.canManagePeople
        onActivated: Navigation.open("users")
    }
    Shortcut {
        sequence: "Ctrl+6"
        enabled: Workspace.signedIn && Workspace.canManagePeople
        onActivated: Navigation.open("apikeys")
    }
    Shortcut {
        sequence: "Ctrl+7"
        enabled: Workspace.signedIn && Workspace.canManagePeople
        onActivated: Navigation.open("outbound")
    }
    Shortcut {
        sequence: "Ctrl+8"
        enabled: Workspace.signedIn
        onActivated: Navigation.open("canned")
    }
    Shortcut {
        sequence: "Ctrl+9"
        enabled: Workspace.signedIn
        onActivated: Navigation.open("metrics")
    }
    Shortcut {
        sequence: "Ctrl+0"
        enabled: Workspace.signedIn && Workspace.canReadIncidents
        onActivated: Navigation.open("incidents")
    }
    Shortcut {
        sequence: "Ctrl+Shift+A"
        enabled: Workspace.signedIn && Workspace.canReadIncidents
        onActivated: Navigation.open("alertrules")
    }
    Shortcut {
        sequences: ["F5", "Ctrl+R"]
        enabled: Workspace.signedIn
        onActivated: Workspace.reloadAll()
    }
    Shortcut {
        sequence: "Ctrl+Shift+L"
        onActivated: Workspace.darkMode = !Workspace.darkMode
    }

    // Signed out: the sign-in screen. Signed in: the workspace, created fresh for each session
    // (nothing of the previous person's session stays loaded).
    Loader {
        objectName: "signInLoader"
        anchors.fill: parent
        active: !Workspace.signedIn
        sourceComponent: SignInPage {}
    }
    Loader {
        objectName: "shellLoader"
        anchors.fill: parent
        active: Workspace.signedIn
        sourceComponent: AppShell {}
        onLoaded: {
            const allowed = (root.initialPage === "audit" && Workspace.canReadAudit)
                || (["incidents", "alertrules"].indexOf(root.initialPage) >= 0 && Workspace.canReadIncidents)
                || (["users", "apikeys", "outbound"].indexOf(root.initialPage) >= 0 && Workspace.canManagePeople)
                || ["overview", "conversations", "events", "canned", "metrics"].indexOf(root.initialPage) >= 0
            Navigation.open(allowed ? root.initialPage : "overview")
            root.initialPage = "overview" // the next person starts on the Overview
        }
    }
}
