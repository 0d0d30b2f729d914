package dev.cloudgate.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading the documents of SPEC §3.7 and §6.5, whose endpoints may not be served yet: the XML and
 * the JSON form of one document must give the same record.
 */
class ResponseReadingTest {
    static final String POOL = "https://localhost:9398/api/cloud/gatewayPools/64bf55fb-b53f-4214-950a-fcc3a241622b";
    static final String POOL_XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <CloudGatewayPool xmlns="http://www.veeam.com/ent/v1.0" Type="CloudGatewayPool" Href="%1$s?format=Entity" Name="GatewayPool 1" UID="urn:veeam:CloudGatewayPool:64bf55fb-b53f-4214-950a-fcc3a241622b">
              <Links>
                <Link Rel="Up" Type="BackupServerReference" Href="https://localhost:9398/api/backupServers/8ea5406b-a6e9-42d9-bca5-44b6a5d94af1" Name="vbr01.tech.local" />
                <Link Rel="Delete" Href="%1$s" />
              </Links>
              <Description>Created by REST API</Description>
              <CloudGateways>
                <CloudGatewayUid>urn:veeam:CloudGateway:b5025a7b-5e13-41e2-a17e-9d9af985ecfd</CloudGatewayUid>
              </CloudGateways>
              <CloudTenants />
            </CloudGatewayPool>
            """.formatted(POOL);
    static final String POOL_JSON = """
            {"Description": "Created by REST API",
             "CloudGateways": {"CloudGatewayUids": ["urn:veeam:CloudGateway:b5025a7b-5e13-41e2-a17e-9d9af985ecfd"]},
             "CloudTenants": {},
             "Name": "GatewayPool 1", "UID": "urn:veeam:CloudGatewayPool:64bf55fb-b53f-4214-950a-fcc3a241622b",
             "Links": [{"Rel": "Up", "Href": "https://localhost:9398/api/backupServers/8ea5406b-a6e9-42d9-bca5-44b6a5d94af1", "Name": "vbr01.tech.local", "Type": "BackupServerReference"},
                       {"Rel": "Delete", "Href": "%1$s"}],
             "Href": "%1$s?format=Entity", "Type": "CloudGatewayPool"}
            """.formatted(POOL);
    static final String TASK_QUERY_XML = """
            <QueryResult xmlns="http://www.veeam.com/ent/v1.0">
              <Resources><Tasks>
                <Task Type="Task" Href="https://localhost:9398/api/tasks/task-4">
                  <Links>
                    <Link Rel="Delete" Type="Task" Href="https://localhost:9398/api/tasks/task-4" />
                    <Link Rel="Related" Type="CloudGatewayPools" Href="%1$s?format=Entity" Name="" />
                  </Links>
                  <TaskId>task-4</TaskId><State>Finished</State><Operation>CreateCloudGatewayPool</Operation>
                  <Result Success="true"><Message>Ok</Message></Result>
                </Task>
              </Tasks></Resources>
              <PagingInfo PageNum="1" PageSize="100" PagesCount="1">
                <Links><Link Rel="First" Href="https://localhost:9398/api/query?type=Task&amp;pageSize=100&amp;page=1" /></Links>
              </PagingInfo>
            </QueryResult>
            """.formatted(POOL);
    static final String TASK_QUERY_JSON = """
            {"Resources": {"Tasks": {"Tasks": [{"TaskId": "task-4", "State": "Finished", "Operation": "CreateCloudGatewayPool",
               "Result": {"Message": "Ok", "Success": true},
               "Links": [{"Rel": "Delete", "Href": "https://localhost:9398/api/tasks/task-4", "Type": "Task"},
                         {"Rel": "Related", "Href": "%1$s?format=Entity", "Name": "", "Type": "CloudGatewayPools"}],
               "Href": "https://localhost:9398/api/tasks/task-4", "Type": "Task"}]}},
             "PagingInfo": {"Links": [{"Rel": "First", "Href": "https://localhost:9398/api/query?type=Task&pageSize=100&page=1"}],
               "PageNum": 1, "PageSize": 100, "PagesCount": 1}}
            """.formatted(POOL);

    @Test
    void poolReadsTheSameFromXmlAndJson() {
        GatewayPool fromXml = GatewayPool.from(XmlDoc.parse(bytes(POOL_XML)));
        assertThat(fromXml.name()).isEqualTo("GatewayPool 1");
        assertThat(fromXml.id()).isEqualTo("64bf55fb-b53f-4214-950a-fcc3a241622b");
        assertThat(fromXml.gatewayUids()).containsExactly("urn:veeam:CloudGateway:b5025a7b-5e13-41e2-a17e-9d9af985ecfd");
        assertThat(fromXml.tenantUids()).isEmpty();
        assertThat(fromXml.backupServerName()).isEqualTo("vbr01.tech.local");
        assertThat(GatewayPool.from(JsonDoc.parse(bytes(POOL_JSON)))).isEqualTo(fromXml);
    }

    @Test
    void taskQueryResultReadsTheSameFromXmlAndJson() {
        QueryResult fromXml = QueryResult.from(XmlDoc.parse(bytes(TASK_QUERY_XML)));
        assertThat(fromXml.tasks()).singleElement().satisfies(t -> {
            assertThat(t.succeeded()).isTrue();
            assertThat(t.relatedId()).contains("64bf55fb-b53f-4214-950a-fcc3a241622b");
        });
        assertThat(fromXml.refs()).isEmpty();
        assertThat(fromXml.paging()).isEqualTo(new PagingInfo(1, 100, 1, fromXml.paging().links()));
        assertThat(fromXml.paging().links().get(0).href()).endsWith("type=Task&pageSize=100&page=1");
        assertThat(QueryResult.from(JsonDoc.parse(bytes(TASK_QUERY_JSON)))).isEqualTo(fromXml);
    }

    @Test
    void aDocumentTypeDeclarationIsRefused() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Task><TaskId>&e;</TaskId></Task>";
        assertThatThrownBy(() -> XmlDoc.parse(bytes(evil))).isInstanceOf(TransportException.class);
    }

    @Test
    void emptyListsReadAsEmpty() {
        assertThat(Ref.list(JsonDoc.parse(bytes("{\"Refs\": []}")), null)).isEqualTo(List.of());
        assertThat(Ref.list(XmlDoc.parse(bytes("<EntityReferences xmlns=\"http://www.veeam.com/ent/v1.0\" />")), null)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
