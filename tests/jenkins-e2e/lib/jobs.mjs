// What the scenario builds: a branch's Jenkinsfile, a multibranch Pipeline over the bare repository, and
// a freestyle job with the plugin's wrapper and delete builder (config.xml as POST /createItem takes it).

const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Scripted Pipeline (the war has no Declarative plugin): the preview with a masked key, and a body that shows its environment. */
export function jenkinsfile(projectId, keyFile) {
  return `// The branch's Convex preview with a deploy key (tests/jenkins-e2e): the body prints its environment.
node {
  withConvexPreview(projectId: ${projectId}, deployKey: true) {
    sh 'env | sort'
    sh 'printenv CONVEX_DEPLOY_KEY'
    // For the end-to-end check only: where the secret scan finds the key's value, outside JENKINS_HOME.
    sh 'printf %s "$CONVEX_DEPLOY_KEY" > ${keyFile}'
  }
}
`;
}

export function multibranchConfig(remote) {
  return `<?xml version='1.1' encoding='UTF-8'?>
<org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject>
  <description>Every branch of the shop repository with a Jenkinsfile, each with its Convex preview.</description>
  <orphanedItemStrategy class="com.cloudbees.hudson.plugins.folder.computed.DefaultOrphanedItemStrategy">
    <pruneDeadBranches>true</pruneDeadBranches>
    <daysToKeep>-1</daysToKeep>
    <numToKeep>-1</numToKeep>
    <abortBuilds>false</abortBuilds>
  </orphanedItemStrategy>
  <sources class="jenkins.branch.MultiBranchProject$BranchSourceList">
    <data>
      <jenkins.branch.BranchSource>
        <source class="jenkins.plugins.git.GitSCMSource">
          <id>shop</id>
          <remote>${xml(remote)}</remote>
          <credentialsId></credentialsId>
          <traits>
            <jenkins.plugins.git.traits.BranchDiscoveryTrait/>
          </traits>
        </source>
        <strategy class="jenkins.branch.DefaultBranchPropertyStrategy">
          <properties class="empty-list"/>
        </strategy>
      </jenkins.branch.BranchSource>
    </data>
    <owner class="org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject" reference="../.."/>
  </sources>
  <factory class="org.jenkinsci.plugins.workflow.multibranch.WorkflowBranchProjectFactory">
    <owner class="org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject" reference="../.."/>
    <scriptPath>Jenkinsfile</scriptPath>
  </factory>
</org.jenkinsci.plugins.workflow.multibranch.WorkflowMultiBranchProject>
`;
}

/**
 * Git checkout of main, the wrapper "Convex preview deployment" (branch ${GIT_BRANCH}, a deploy key), a shell
 * step that shows the environment and waits for the scenario to look at the emulator (gate file), then the
 * builder "Delete Convex deployment" of ${CONVEX_PREVIEW_NAME}.
 */
export function freestyleConfig(remote, projectId, keyFile, readyFile, goFile) {
  const shell = `env | sort | grep '^CONVEX_'
printenv CONVEX_DEPLOY_KEY
printf %s "$CONVEX_DEPLOY_KEY" > '${keyFile}'
printf %s "$CONVEX_PREVIEW_NAME" > '${readyFile}'
i=0
while [ ! -f '${goFile}' ] && [ $i -lt 240 ]; do sleep 0.5; i=$((i + 1)); done
`;
  return `<?xml version='1.1' encoding='UTF-8'?>
<project>
  <description>The shop's main branch with a Convex preview, deleted by the last build step.</description>
  <keepDependencies>false</keepDependencies>
  <scm class="hudson.plugins.git.GitSCM">
    <configVersion>2</configVersion>
    <userRemoteConfigs>
      <hudson.plugins.git.UserRemoteConfig>
        <url>${xml(remote)}</url>
      </hudson.plugins.git.UserRemoteConfig>
    </userRemoteConfigs>
    <branches>
      <hudson.plugins.git.BranchSpec>
        <name>*/main</name>
      </hudson.plugins.git.BranchSpec>
    </branches>
    <doGenerateSubmoduleConfigurations>false</doGenerateSubmoduleConfigurations>
    <submoduleCfg class="empty-list"/>
    <extensions/>
  </scm>
  <canRoam>true</canRoam>
  <disabled>false</disabled>
  <blockBuildWhenDownstreamBuilding>false</blockBuildWhenDownstreamBuilding>
  <blockBuildWhenUpstreamBuilding>false</blockBuildWhenUpstreamBuilding>
  <triggers/>
  <concurrentBuild>false</concurrentBuild>
  <builders>
    <hudson.tasks.Shell>
      <command>${xml(shell)}</command>
    </hudson.tasks.Shell>
    <io.jenkins.plugins.convex.freestyle.DeleteConvexDeploymentBuilder>
      <parameters>
        <deploymentName>\${CONVEX_PREVIEW_NAME}</deploymentName>
        <allowProduction>false</allowProduction>
        <ignoreMissing>false</ignoreMissing>
      </parameters>
    </io.jenkins.plugins.convex.freestyle.DeleteConvexDeploymentBuilder>
  </builders>
  <publishers/>
  <buildWrappers>
    <io.jenkins.plugins.convex.freestyle.ConvexPreviewBuildWrapper>
      <parameters>
        <projectId>${projectId}</projectId>
        <defaultBranch>\${GIT_BRANCH}</defaultBranch>
        <branch>\${GIT_BRANCH}</branch>
        <recreate>false</recreate>
        <deployKey>true</deployKey>
      </parameters>
      <ephemeral>false</ephemeral>
    </io.jenkins.plugins.convex.freestyle.ConvexPreviewBuildWrapper>
  </buildWrappers>
</project>
`;
}
