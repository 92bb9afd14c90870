import twilio from 'twilio';

const client = twilio('SK7255c297f7cd525c949b4c8f6a82c822', process.env.TWILIO_API_SECRET, {
  accountSid: process.env.TWILIO_ACCOUNT_SID,
});

export default client;
