import QtQuick
import QtQuick.Layouts
import OpsDesk.Models
import OpsDesk

// The signed-in window: sidebar, notice bar and the pages. Loaded fresh for every session.
RowLayout {
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

        IncidentBanner {
            Layout.fillWidth: true
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
            OutboundPage {}
            CannedResponsesPage {}
            // Chart-heavy pages are created on the first visit, then kept (live) like the others.
            Loader {
                objectName: "metricsPageLoader"
                active: Navigation.page === "metrics" || status === Loader.Ready
                sourceComponent: MetricsPage {}
            }
            Loader {
                objectName: "incidentsPageLoader"
                active: Workspace.canReadIncidents && (Navigation.page === "incidents" || status === Loader.Ready)
                sourceComponent: IncidentsPage {}
            }
            Loader {
                objectName: "alertRulesPageLoader"
                active: Workspace.canReadIncidents && (Navigation.page === "alertrules" || status === Loader.Ready)
                sourceComponent: AlertRulesPage {}
            }
        }
    }
}
