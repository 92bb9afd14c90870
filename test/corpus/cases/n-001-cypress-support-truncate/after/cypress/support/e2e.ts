beforeEach(() => {
  cy.exec('npm run db:reset:test');
  cy.task('db:query', 'TRUNCATE sessions');
});
