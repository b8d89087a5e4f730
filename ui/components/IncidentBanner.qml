import QtQuick
import QtQuick.Controls
import OpsDesk.Models

// A new critical or high incident while the app runs (managers and admins): a banner across the
// window that opens it. Incidents already open at sign-in do not show here; support staff, who
// cannot read incidents, never see it.
Rectangle {
    id: root

    property string incidentId
    property string message

    objectName: "incidentBanner"
    visible: root.incidentId.length > 0
    implicitHeight: 40
    color: Theme.danger

    IncidentListModel {
        workspace: Workspace
        announceSeverities: ["critical", "high"]
        onIncidentOpened: (id, title, severity, severityLabel) => {
            root.incidentId = id
            root.message = qsTr("New %1 incident: %2. Click to open it.").arg(severityLabel).arg(title)
        }
    }
    MouseArea {
        anchors.fill: parent
        cursorShape: Qt.PointingHandCursor
        onClicked: {
            Navigation.openAt("incidents", root.incidentId)
            root.incidentId = ""
        }
    }
    Text {
        objectName: "incidentBannerText"
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: dismiss.width + Theme.spacingL
        verticalAlignment: Text.AlignVCenter
        horizontalAlignment: Text.AlignLeft
        color: "white"
        font.pixelSize: Theme.fontBody
        font.weight: Font.DemiBold
        text: root.message
        elide: Text.ElideRight
    }
    ToolButton {
        id: dismiss
        objectName: "incidentBannerDismiss"
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        text: "✕"
        palette.buttonText: "white"
        Accessible.name: qsTr("Dismiss")
        onClicked: root.incidentId = ""
    }
}
