// Stated-relation tables: sentences that state a relation (with its triple) and, beside them, sentences that must not.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../extractor/passes/03-entities.ts';
import { findRelations } from '../../../extractor/passes/04-relations.ts';
import { postOf } from '../entities/post-of.ts';

function triples(...texts: string[]): string[] {
  const post = postOf(...texts);
  const mentions = findEntities(post, []);
  const names = new Map(mentions.map((m) => [m.entityId, m.name]));
  return findRelations(post, mentions).map((r) => `${r.type} ${names.get(r.from)} -> ${names.get(r.to)}`);
}

const stated: Array<[string, string]> = [
  ['Containerd replaces Docker in many clusters.', 'ALTERNATIVE_TO containerd -> Docker'],
  ['Vitess (database orchestration for MySQL horizontal scaling).', 'INTEGRATES_WITH Vitess -> MySQL'],
  ["Kyverno it's a policy engine for Kubernetes.", 'INTEGRATES_WITH Kyverno -> Kubernetes'],
  ['I met the devrel at Authzed, the company building SpiceDB.', 'MAINTAINS Authzed -> SpiceDB'],
  ['We looked at the Argo project developed at Intuit.', 'MAINTAINS Intuit -> Argo'],
  ['Replacing NGINX with Envoy in a traffic control system.', 'ALTERNATIVE_TO Envoy -> NGINX'],
  ['Switching from Jenkins to Tekton took a quarter.', 'ALTERNATIVE_TO Tekton -> Jenkins'],
  ['InfraKit alternatives: Terraform, CloudFormation.', 'ALTERNATIVE_TO InfraKit -> Terraform'],
  ['Everyone has to decide between Kubernetes and Docker Swarm.', 'ALTERNATIVE_TO Kubernetes -> Docker Swarm'],
  ["Check out CoreOS's awesome Kubernetes prometheus-operator project.", 'MAINTAINS CoreOS -> prometheus-operator'],
  ['Linkerd was donated to the CNCF in early 2017.', 'HOSTED_BY Linkerd -> CNCF'],
  ['Last month Falco was accepted into the CNCF as a sandbox project.', 'HOSTED_BY Falco -> CNCF'],
  ['Jaeger, a CNCF hosted project, stores traces in Cassandra.', 'HOSTED_BY Jaeger -> CNCF'],
  ['Envoy is a drop-in replacement for NGINX at the edge.', 'ALTERNATIVE_TO Envoy -> NGINX'],
  ['Podman looks like a solid alternative to Docker on laptops.', 'ALTERNATIVE_TO Podman -> Docker'],
  ['Many teams now run containerd instead of Docker on their nodes.', 'ALTERNATIVE_TO containerd -> Docker'],
  ['Jaeger implements the OpenTracing standard.', 'IMPLEMENTS Jaeger -> OpenTracing'],
  ['Notary, which implements the TUF specification, reached v1.', 'IMPLEMENTS Notary -> TUF'],
  ['gVisor is fully CRI compatible.', 'IMPLEMENTS gVisor -> CRI'],
  ['Kata Containers are compliant to the OCI specification.', 'IMPLEMENTS Kata Containers -> OCI'],
  ['Rook is compatible with Kubernetes and Ceph.', 'INTEGRATES_WITH Rook -> Kubernetes'],
  ['Cilium utilizes eBPF and integrates with Kubernetes network policies.', 'INTEGRATES_WITH Cilium -> Kubernetes'],
  ['Thanos uses Prometheus to scrape metrics.', 'INTEGRATES_WITH Thanos -> Prometheus'],
  ['Fluentd gained improved Prometheus support in this release.', 'INTEGRATES_WITH Fluentd -> Prometheus'],
  ['CoreDNS will soon be coming to Kubernetes as the default.', 'INTEGRATES_WITH CoreDNS -> Kubernetes'],
  ['Vault has a Kubernetes authentication backend.', 'INTEGRATES_WITH Vault -> Kubernetes'],
  ['Fluentd ships a Kafka plugin as well.', 'INTEGRATES_WITH Fluentd -> Kafka'],
  ["Red Hat's OpenShift ships every quarter.", 'MAINTAINS Red Hat -> OpenShift'],
  ['In 2016 Lyft released Envoy as an open source project.', 'MAINTAINS Lyft -> Envoy'],
  ['Google and IBM are building Istio together.', 'MAINTAINS IBM -> Istio'],
  ['Weaveworks has a project named Flagger that automates canaries.', 'MAINTAINS Weaveworks -> Flagger'],
  ['There is a new runtime by Intel called Kata Containers.', 'MAINTAINS Intel -> Kata Containers'],
  ['containerd (originally built by Docker) reached 1.0.', 'MAINTAINS Docker -> containerd'],
  ['Heptio is working with Microsoft to bring their project Sonobuoy to Azure.', 'MAINTAINS Heptio -> Sonobuoy'],
  ['Grafana Labs maintains both Loki and Cortex.', 'MAINTAINS Grafana Labs -> Cortex'],
  ['Microsoft and Red Hat will donate the KEDA project to the CNCF.', 'HOSTED_BY KEDA -> CNCF'],
  ['Fluent Bit, which ships logs to Loki, runs on every node.', 'INTEGRATES_WITH Fluent Bit -> Grafana Loki'],
  ['Argo CD is a GitOps tool; Flux is an alternative to Argo CD.', 'ALTERNATIVE_TO Flux -> Argo CD'],
  ['Linkerd and Istio are already compatible with SMI.', 'IMPLEMENTS Linkerd -> Service Mesh Interface'],
  // Passive "created at/by" with coordinated subjects and makers.
  ['Envoy was created at Lyft.', 'MAINTAINS Lyft -> Envoy'],
  ['Vagrant and Packer were created by HashiCorp.', 'MAINTAINS HashiCorp -> Packer'],
  ['KEDA was created by Microsoft and Red Hat.', 'MAINTAINS Red Hat -> KEDA'],
  ['Cilium is built on eBPF and is maintained by Isovalent.', 'MAINTAINS Isovalent -> Cilium'],
  ['Shopify uses Toxiproxy, which was created at Shopify, to test failures.', 'MAINTAINS Shopify -> Toxiproxy'],
  // ", and X is ..." opens a new clause with its own subject.
  ['Istio uses Envoy as its data plane, and Contour is an Ingress controller built on Envoy.', 'INTEGRATES_WITH Contour -> Envoy'],
  ['TiKV is an alternative to Vitess, and TiDB is built on TiKV.', 'INTEGRATES_WITH TiDB -> TiKV'],
  ['Gatekeeper integrates OPA with Kubernetes, and Kyverno is an alternative to Gatekeeper.', 'ALTERNATIVE_TO Kyverno -> OPA/Gatekeeper'],
  // "integrates X with Y", "implementation of", "the X from Org", sentence-initial everyday-word names.
  ['Gatekeeper integrates OPA with Kubernetes.', 'INTEGRATES_WITH Open Policy Agent -> Kubernetes'],
  ['SPIRE is the reference implementation of SPIFFE.', 'IMPLEMENTS SPIRE -> SPIFFE'],
  ['We tried the Operator SDK from CoreOS last year.', 'MAINTAINS CoreOS -> Operator SDK'],
  ['Nomad is an alternative to Kubernetes for plain binaries.', 'ALTERNATIVE_TO Nomad -> Kubernetes'],
];

const notStated: Array<[string, string]> = [
  // The annotation rules: organisation-uses-project and runs-on are no relations.
  ['GitLab and Shopify are running on Kubernetes today.', 'INTEGRATES_WITH GitLab -> Kubernetes'],
  ['We had to choose between clusters on Kubernetes and on bare metal.', 'ALTERNATIVE_TO Kubernetes -> Kubernetes'],
  ["Google's engineers spoke about Kubernetes for an hour.", 'MAINTAINS Google -> Kubernetes'],
  ['There are free courses by CNCF/Kubernetes available.', 'MAINTAINS CNCF -> Kubernetes'],
  ['Kubernetes - a great day for everyone and for Istio.', 'INTEGRATES_WITH Kubernetes -> Istio'],
  ['Fargate is a bit like AWS\'s own GKE.', 'MAINTAINS Amazon Web Services -> Google Kubernetes Engine'],
  ['The scalability tests will be moved to AWS soon, says the Kubernetes team.', 'HOSTED_BY Kubernetes -> Amazon Web Services'],
  ['Linkerd announced Conduit, a lightweight mesh.', 'MAINTAINS Linkerd -> Conduit'],
  ['HBO uses Terraform to create clusters.', 'INTEGRATES_WITH HBO -> Terraform'],
  ['Everyone uses CNI, Kubernetes, Docker and rkt these days.', 'INTEGRATES_WITH Kubernetes -> Docker'],
  ['Fluent Bit feels a bit like Elastic Beats.', 'ALTERNATIVE_TO Fluent Bit -> Beats'],
  ['Kubernetes and Prometheus were shown on stage.', 'INTEGRATES_WITH Kubernetes -> Prometheus'],
  ['It is fully compatible to running Kubernetes with Docker.', 'INTEGRATES_WITH Docker -> Kubernetes'],
  ['Tectonic manages etcd, Vault and Prometheus through operators.', 'MAINTAINS Tectonic -> etcd'],
  ['Envoy is an edge proxy. They are using Terraform for their clusters.', 'INTEGRATES_WITH Envoy -> Terraform'],
  ['We deployed Linkerd last week and Janet uses Kubernetes daily.', 'INTEGRATES_WITH Linkerd -> Kubernetes'],
  ['Since Istio came out, we use Envoy everywhere.', 'INTEGRATES_WITH Istio -> Envoy'],
  ['Argo CD is a GitOps tool; Flux is an alternative to Argo CD.', 'ALTERNATIVE_TO Argo CD -> Argo CD'],
  ['SMI is supported by HashiCorp and Buoyant.', 'MAINTAINS HashiCorp -> Service Mesh Interface'],
  ['We are shipping Kubernetes clusters to Linkerd users.', 'INTEGRATES_WITH Kubernetes -> Linkerd'],
  ['Apple joined the CNCF as an end user member.', 'HOSTED_BY Apple -> CNCF'],
  ['Engineers contributed patches for Kubernetes to Google.', 'HOSTED_BY Kubernetes -> Google'],
  ['Microsoft announced support for Kubernetes on Windows nodes.', 'MAINTAINS Microsoft -> Kubernetes'],
  ['Google released a report about Istio adoption.', 'MAINTAINS Google -> Istio'],
  // A new clause after ", and" does not take the first clause's subject, nor is its subject an object.
  ['Istio uses Envoy as its data plane, and Contour is an Ingress controller built on Envoy.', 'INTEGRATES_WITH Istio -> Contour'],
  ['SPIRE integrates with Envoy for certificates, and Istio uses SPIFFE identities.', 'INTEGRATES_WITH SPIRE -> Istio'],
  ['SPIRE integrates with Envoy for certificates, and Istio uses SPIFFE identities.', 'INTEGRATES_WITH SPIRE -> SPIFFE'],
  // A subordinate clause has its own subject.
  ['Crossplane is an alternative to Terraform when your platform already runs on Kubernetes.', 'INTEGRATES_WITH Crossplane -> Kubernetes'],
  // "from" only after an introduced project name, and only from an organization.
  ['We migrated Jenkins from AWS to GKE.', 'MAINTAINS Amazon Web Services -> Jenkins'],
  ['Metrics from Prometheus land in Thanos.', 'MAINTAINS Prometheus -> Thanos'],
  // "the X plugin renders ..." is a clause subject, not a plugin of the sentence's first subject.
  ['The Kubernetes plugin integrates Backstage with Kubernetes and the TechDocs plugin renders docs.', 'INTEGRATES_WITH Kubernetes -> TechDocs'],
  // The replaced thing is the first entity after the cue; an organization there blocks a later project.
  ['OpenShift is an alternative to VMware for Kubernetes clusters.', 'ALTERNATIVE_TO OpenShift -> Kubernetes'],
  // The passive maker is the clause's subject, not the nearest project.
  ['Cilium is built on eBPF and is maintained by Isovalent.', 'MAINTAINS Isovalent -> eBPF'],
];

describe('findRelations: stated', () => {
  it.each(stated)('%s', (text, triple) => expect(triples(text)).toContain(triple));
});

describe('findRelations: not stated', () => {
  it.each(notStated)('%s', (text, triple) => expect(triples(text)).not.toContain(triple));
});

describe('findRelations: subjects from the previous sentence', () => {
  it('resolves "It is an alternative to X" to the preceding subject', () => {
    expect(triples('Linkerd was created by Buoyant. It is an alternative to Istio and does not use Envoy.')).toContain('ALTERNATIVE_TO Linkerd -> Istio');
  });
  it('does not resolve an alternative without a pronoun to the preceding subject', () => {
    expect(triples('Linkerd was created by Buoyant. Many call Kuma an alternative to Istio.')).not.toContain('ALTERNATIVE_TO Linkerd -> Istio');
  });
  it('resolves "it" to the subject of the immediately preceding sentence', () => {
    expect(triples('CRI-O runs containers for Kubernetes. As most runtimes do, it utilizes CNI for networking.')).toContain('INTEGRATES_WITH CRI-O -> CNI');
  });
  it('resolves "The integration into X" to the preceding subject', () => {
    expect(triples('Envoy is a service proxy. The integration into Kubernetes is done through an ingress controller.')).toContain('INTEGRATES_WITH Envoy -> Kubernetes');
  });
  it('does not reach two sentences back', () => {
    expect(triples('Envoy is a service proxy. It was fast. The weather was nice and it utilizes CNI.')).not.toContain('INTEGRATES_WITH Envoy -> CNI');
  });
  it('keeps the sentence as evidence and the section index', () => {
    const post = postOf('Intro.', 'Jaeger implements the OpenTracing standard.');
    const [r] = findRelations(post, findEntities(post, []));
    expect(r).toMatchObject({ type: 'IMPLEMENTS', from: 'project:jaeger', to: 'project:opentracing', sectionIndex: 1, sentence: 'Jaeger implements the OpenTracing standard.' });
  });
});
