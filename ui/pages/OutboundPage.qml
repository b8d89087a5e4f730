pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// Outbound (admins): the send jobs that need a person. "Refused" means WhatsApp turned the
// message down for good (the agent sees why on the message); "Gave up" means every attempt met
// a passing error (rate limit, server error, timeout, no connection), and Retry sends it again.
Rectangle {
    id: root

    color: Theme.background

    OutboundJobsModel {
        id: jobs
        workspace: Workspace
    }

    component JobRow: ItemDelegate {
        id: row

        required property var jobId
        required property string status
        required property string statusLabel
        required property bool canRetry
        required property string attemptsLabel
        required property string lastError
        required property string timeLabel
        required property string fullTime
        required property string contactName
        required property string messagePreview
        required property string conversationId
        property bool busy: false

        signal retryRequested(var jobId)

        width: ListView.view ? ListView.view.width : implicitWidth
        hoverEnabled: true
        Accessible.name: qsTr("Message to %1, %2").arg(row.contactName).arg(row.statusLabel)
        onClicked: if (row.conversationId.length > 0) Navigation.openAt("conversations", row.conversationId)

        background: Rectangle {
            color: row.hovered ? Theme.hover : "transparent"
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: 1
                color: Theme.border
            }
        }
        contentItem: RowLayout {
            spacing: Theme.spacingM
            Item {
                Layout.preferredWidth: 90
                Layout.fillHeight: true
                StatusChip {
                    anchors.left: parent.left
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.statusLabel
                    tone: row.canRetry ? Theme.warning : Theme.danger
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: row.contactName + " · " + row.messagePreview
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Text {
                    objectName: "jobError"
                    Layout.fillWidth: true
                    text: row.lastError
                    horizontalAlignment: Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textMuted
                    ToolTipArea { tip: row.lastError }
                }
            }
            Text {
                Layout.preferredWidth: 120
                text: row.attemptsLabel
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontCaption
                color: Theme.textMuted
            }
            Text {
                Layout.preferredWidth: 80
                text: row.timeLabel
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.fontCaption
                color: Theme.textMuted
                ToolTipArea { tip: row.fullTime }
            }
            Item {
                Layout.preferredWidth: 80
                Layout.fillHeight: true
                Button {
                    objectName: "retryButton"
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: row.canRetry
                    enabled: !row.busy
                    text: qsTr("Retry", "@action:button send job")
                    onClicked: row.retryRequested(row.jobId)
                }
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: header.implicitHeight + Theme.spacingL * 2
            color: Theme.surface
            PageHeader {
                id: header
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                title: qsTr("Outbound", "@title:page")
                subtitle: qsTr("Not sent: %1 · can be retried: %2").arg(jobs.count).arg(jobs.deadCount)
            }
        }
        Rectangle {
            Layout.fillWidth: true
            height: 1
            color: Theme.border
        }
        Rectangle {
            objectName: "pageError"
            Layout.fillWidth: true
            visible: jobs.actionError.length > 0
            implicitHeight: pageErrorText.implicitHeight + Theme.spacingM * 2
            color: Qt.rgba(Theme.danger.r, Theme.danger.g, Theme.danger.b, 0.12)
            Text {
                id: pageErrorText
                anchors.fill: parent
                anchors.margins: Theme.spacingM
                anchors.leftMargin: Theme.spacingL
                anchors.rightMargin: Theme.spacingL
                text: qsTr("%1 (click to dismiss)").arg(jobs.actionError)
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            MouseArea {
                anchors.fill: parent
                onClicked: jobs.clearActionError()
            }
        }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.spacingL
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true

            ListView {
                id: jobList
                objectName: "jobList"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: jobs
                ScrollBar.vertical: ScrollBar {}
                delegate: JobRow {
                    busy: jobs.busy
                    onRetryRequested: id => jobs.retry(id)
                }
                EmptyState {
                    anchors.fill: parent
                    visible: jobList.count === 0
                    busy: jobs.loading
                    error: jobs.errorString.length > 0
                    icon: "✓"
                    title: error ? jobs.errorString : busy ? qsTr("Loading the outbound queue…") : qsTr("Every message went out")
                    hint: error ? qsTr("Check the database connection, then press F5.") : qsTr("Messages WhatsApp refuses, or that could not be sent after every retry, appear here.")
                }
            }
        }
    }
}
