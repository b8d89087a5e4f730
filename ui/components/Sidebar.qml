import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Navigation column: product name, pages with their shortcuts, and the live-feed state.
Rectangle {
    id: root

    implicitWidth: 264
    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            Layout.margins: Theme.spacingS
            Layout.bottomMargin: Theme.spacingL
            spacing: Theme.spacingS
            Rectangle {
                width: 28
                height: 28
                radius: 8
                color: Theme.accent
                Text {
                    anchors.centerIn: parent
                    text: "O"
                    color: "white"
                    font.pixelSize: Theme.fontSubtitle
                    font.weight: Font.Bold
                }
            }
            Text {
                text: qsTr("OpsDesk")
                color: "white"
                font.pixelSize: Theme.fontSubtitle
                font.weight: Font.DemiBold
            }
        }

        NavButton {
            objectName: "navOverview"
            text: qsTr("Overview", "@title:page")
            glyph: "◔"
            shortcutHint: "Ctrl+1"
            current: Navigation.page === "overview"
            onClicked: Navigation.open("overview")
        }
        NavButton {
            objectName: "navMetrics"
            text: qsTr("Metrics", "@title:page")
            glyph: "∿"
            shortcutHint: "Ctrl+9"
            current: Navigation.page === "metrics"
            onClicked: Navigation.open("metrics")
        }
        NavButton {
            objectName: "navIncidents"
            visible: Workspace.canReadIncidents
            text: qsTr("Incidents", "@title:page")
            glyph: "⚠"
            shortcutHint: "Ctrl+0"
            current: Navigation.page === "incidents"
            onClicked: Navigation.open("incidents")
        }
        NavButton {
            objectName: "navAlertRules"
            visible: Workspace.canReadIncidents
            text: qsTr("Alert rules", "@title:page")
            glyph: "⚑"
            shortcutHint: "Ctrl+Shift+A"
            current: Navigation.page === "alertrules"
            onClicked: Navigation.open("alertrules")
        }
        NavButton {
            objectName: "navConversations"
            text: qsTr("Conversations", "@title:page")
            glyph: "✉"
            shortcutHint: "Ctrl+2"
            current: Navigation.page === "conversations"
            onClicked: Navigation.open("conversations")
        }
        NavButton {
            objectName: "navEvents"
            text: qsTr("Webhook events", "@title:page")
            glyph: "⚡"
            shortcutHint: "Ctrl+3"
            current: Navigation.page === "events"
            onClicked: Navigation.open("events")
        }
        NavButton {
            objectName: "navAudit"
            visible: Workspace.canReadAudit
            text: qsTr("Audit trail", "@title:page")
            glyph: "⌕"
            shortcutHint: "Ctrl+4"
            current: Navigation.page === "audit"
            onClicked: Navigation.open("audit")
        }
        NavButton {
            objectName: "navUsers"
            visible: Workspace.canManagePeople
            text: qsTr("People", "@title:page")
            glyph: "☺"
            shortcutHint: "Ctrl+5"
            current: Navigation.page === "users"
            onClicked: Navigation.open("users")
        }
        NavButton {
            objectName: "navApiKeys"
            visible: Workspace.canManagePeople
            text: qsTr("API keys", "@title:page")
            glyph: "⚷"
            shortcutHint: "Ctrl+6"
            current: Navigation.page === "apikeys"
            onClicked: Navigation.open("apikeys")
        }
        NavButton {
            objectName: "navOutbound"
            visible: Workspace.canManagePeople
            text: qsTr("Outbound", "@title:page")
            glyph: "➜"
            shortcutHint: "Ctrl+7"
            current: Navigation.page === "outbound"
            onClicked: Navigation.open("outbound")
        }
        NavButton {
            objectName: "navCanned"
            text: qsTr("Canned responses", "@title:page")
            glyph: "✎"
            shortcutHint: "Ctrl+8"
            current: Navigation.page === "canned"
            onClicked: Navigation.open("canned")
        }

        Item {
            Layout.fillHeight: true
        }

        FeedIndicator {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
        }

        // Who is signed in, with the way out.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.sidebarActive
        }
        RowLayout {
            objectName: "signedInPerson"
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            spacing: Theme.spacingS
            Avatar {
                initials: Workspace.initials
                seed: Workspace.signInName
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: Workspace.displayName
                    elide: Text.ElideRight
                    color: "white"
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.fillWidth: true
                    text: Workspace.roleLabel
                    elide: Text.ElideRight
                    color: Theme.sidebarText
                    font.pixelSize: Theme.fontCaption
                }
            }
            ToolButton {
                id: signOut
                objectName: "signOutButton"
                text: qsTr("Sign out")
                font.pixelSize: Theme.fontCaption
                onClicked: Workspace.signOut()
                contentItem: Text {
                    text: signOut.text
                    font: signOut.font
                    color: signOut.hovered ? "white" : Theme.sidebarText
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: signOut.hovered || signOut.visualFocus ? Theme.sidebarActive : "transparent"
                    border.color: Theme.sidebarActive
                }
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: Workspace.demo ? qsTr("Sign out and try another demo person")
                                             : qsTr("Sign out: every connection of this session closes")
            }
        }
    }
}
