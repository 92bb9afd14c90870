using Pulumi;
using Db = Pulumi.Aws.Rds;

return await Deployment.RunAsync(() =>
{
    var ledger = new Db.Instance("ledger", new Db.InstanceArgs
    {
        Engine = "postgres",
        InstanceClass = "db.t4g.medium",
        AllocatedStorage = 50,
    });
});
