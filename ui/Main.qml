pragma ComponentBehavior: Bound
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
    Component.onCompleted: Navigation.open(root.initialPage)

    title: Workspace.demo ? qsTr("OpsDesk — demo") : qsTr("OpsDesk")
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
    palette.toolTipBase: Theme.surfaceRaised
    palette.toolTipText: Theme.text

    Shortcut {
        sequence: "Ctrl+1"
        onActivated: Navigation.open("overview")
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: Navigation.open("conversations")
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: Navigation.open("events")
    }
    Shortcut {
        sequence: "Ctrl+4"
        enabled: Workspace.canReadAudit
        onActivated: Navigation.open("audit")
    }
    Shortcut {
        sequence: "Ctrl+5"
        enabled: Workspace.canManagePeople
        onActivated: Navigation.open("users")
    }
    Shortcut {
        sequence: "Ctrl+6"
        enabled: Workspace.canManagePeople
        onActivated: Navigation.open("apikeys")
    }
    Shortcut {
        sequences: ["F5", "Ctrl+R"]
        onActivated: {
            Workspace.overview.reload()
            Workspace.conversations.reload()
            Workspace.webhookEvents.reload()
        }
    }
    Shortcut {
        sequence: "Ctrl+Shift+L"
        onActivated: Workspace.darkMode = !Workspace.darkMode
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            objectName: "sidebar"
            Layout.fillHeight: true
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Feed notices (a reload after a gap) and connection trouble.
            Rectangle {
                Layout.fillWidth: true
                visible: Workspace.notice.length > 0 || Workspace.feedState === Workspace.Reconnecting
                implicitHeight: 36
                color: Workspace.feedState === Workspace.Reconnecting ? Theme.warning : Theme.info
                Text {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingL
                    verticalAlignment: Text.AlignVCenter
                    color: "white"
                    font.pixelSize: Theme.fontBody
                    text: Workspace.feedState === Workspace.Reconnecting
                          ? qsTr("Live updates paused: reconnecting to the database (%1). Data shown may be stale.").arg(Workspace.feedDetail)
                          : Workspace.notice
                    elide: Text.ElideRight
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: Workspace.dismissNotice()
                }
            }

            StackLayout {
                objectName: "pages"
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: Navigation.pages.indexOf(Navigation.page)

                OverviewPage {}
                ConversationsPage {}
                WebhookEventsPage {}
                AuditTrailPage {}
                UsersPage {}
                ApiKeysPage {}
            }
        }
    }
}
