package io.jenkins.plugins.convex.emulator.state;

/** A project-wide preview deploy key's metadata (platform dialect); only the secret's hash is kept. */
public record PreviewDeployKey(long id, long projectId, String name, long createTime, Long creator, Long expiresAt, String secretHash) {

    @Override
    public String toString() {
        return "PreviewDeployKey[id=" + id + ", projectId=" + projectId + ", name=" + name + "]";
    }
}
