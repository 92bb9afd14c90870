using Pulumi;
using Db = Pulumi.Aws.Rds;

return await Deployment.RunAsync(() =>
{
});
