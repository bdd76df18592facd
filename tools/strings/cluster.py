# Strings of scaling out (issue 19): where the dashboard's figures were read (the standby or the primary) and why.
S = {
    "Cluster.ReadSource.Replica": ("数据来自只读副本，复制延迟 {0} 秒", "Figures from the read replica, {0} s behind the primary"),
    "Cluster.ReadSource.PrimaryReplicaLagging": ("只读副本延迟 {0} 秒，超过上限，数据改由主库提供", "The read replica is {0} s behind, over the bound: figures from the primary"),
    "Cluster.ReadSource.PrimaryReplicaDown": ("只读副本不可用，数据改由主库提供", "The read replica is unavailable: figures from the primary"),
}
